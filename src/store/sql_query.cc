#include "store/sql_query.h"

#include <algorithm>

namespace dyad::store {
namespace {

// A three-letter upper-case value is a country (indexed columns); a longer one an actor code.
bool IsCountry(const std::string& v) {
  return v.size() == 3 && std::all_of(v.begin(), v.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string Replace(std::string pattern, const std::string& column) {
  for (size_t p; (p = pattern.find("%s")) != std::string::npos;) pattern.replace(p, 2, column);
  return pattern;
}

}  // namespace

std::string Where(const EventFilter& f, std::vector<std::string>* args, const Dialect& dialect) {
  std::string sql;
  auto add = [&](const std::string& clause, const std::string& v, int copies = 1) {
    if (v.empty()) return;
    sql += " AND " + clause;
    for (int i = 0; i < copies; ++i) args->push_back(v);
  };
  auto side = [&](const char* side_name, const std::string& v) {
    return std::string("e.") + side_name + (IsCountry(v) ? "_country = ?" : "_code = ?");
  };
  if (IsCountry(f.country)) add("(e.source_country = ? OR e.target_country = ?)", f.country, 2);
  else add("(e.source_code = ? OR e.target_code = ?)", f.country, 2);
  if (!f.source.empty() && !f.target.empty() && f.either_direction) {
    sql += " AND ((" + side("source", f.source) + " AND " + side("target", f.target) + ") OR (" +
           side("source", f.target) + " AND " + side("target", f.source) + "))";
    for (const std::string* v : {&f.source, &f.target, &f.target, &f.source}) args->push_back(*v);
  } else {
    if (!f.source.empty()) add(side("source", f.source), f.source);
    if (!f.target.empty()) add(side("target", f.target), f.target);
  }
  add("e.root = ?", f.root);
  add("e.cameo = ?", f.code);
  add("e.plover_type = ?", f.plover_type);
  add("e.lang = ?", f.lang);
  add("e.date >= ?", f.from);
  add("e.date <= ?", f.to);
  add("e.location_country = ?", f.location_country);
  add("(e.source_sector = ? OR e.target_sector = ?)", f.sector, 2);
  add("(e.source_code = ? OR e.target_code = ? OR lower(e.source_name) = lower(?) OR lower(e.target_name) = lower(?))",
      f.actor, 4);
  add("lower(e.location_name) = lower(?)", f.place);
  add(dialect.text_clause, f.text);
  if (f.quad_class) add("e.quad_class = ?", std::to_string(f.quad_class));
  return sql;
}

const Dialect& SqliteDialect() {
  static const Dialect d{"e.document IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)",
                         "strftime('%Y-W%W', %s)"};
  return d;
}

namespace {

// " AND column IN (?,?)" for a non-empty list.
void In(const std::string& column, const std::vector<std::string>& values, Sql* q) {
  if (values.empty()) return;
  q->text += " AND " + column + " IN (";
  for (size_t i = 0; i < values.size(); ++i) {
    q->text += i ? ",?" : "?";
    q->args.push_back(values[i]);
  }
  q->text += ")";
}

}  // namespace

Sql SelectSql(const EventSelection& sel, const Dialect& dialect) {
  Sql q;
  q.text =
      "SELECT e.id, e.document, e.json, d.content, d.doc_id, d.url, d.title, e.num_mentions, e.num_sources, "
      "e.num_articles, e.date FROM events e JOIN documents d ON d.id = e.document WHERE 1=1" +
      Where(sel.filter, &q.args, dialect);
  In("e.root", sel.roots, &q);
  In("e.location_country", sel.located_in, &q);
  if (!sel.countries.empty()) {
    Sql either{" AND (1=0", {}};
    for (const char* side : {"e.source_country", "e.target_country"}) {
      Sql clause;
      In(side, sel.countries, &clause);
      either.text += " OR " + clause.text.substr(5);  // without its " AND "
      either.args.insert(either.args.end(), clause.args.begin(), clause.args.end());
    }
    q.text += either.text + ")";
    q.args.insert(q.args.end(), either.args.begin(), either.args.end());
  }
  if (!sel.actor_names.empty()) {
    q.text += " AND (1=0";
    for (const char* side : {"e.source_name", "e.target_name"}) {
      for (const auto& name : sel.actor_names) {
        q.text += std::string(" OR lower(") + side + ") = lower(?)";
        q.args.push_back(name);
      }
    }
    q.text += ")";
  }
  // Numbers from typed fields, not from the request's text: written into the SQL.
  if (sel.after_id) q.text += " AND e.id > " + std::to_string(sel.after_id);
  q.text += " ORDER BY " + dialect.date_order + ", e.id LIMIT " + std::to_string(sel.filter.limit) + " OFFSET " +
            std::to_string(sel.offset);
  return q;
}

Sql QuerySql(const EventFilter& f, const Dialect& dialect) {
  Sql q;
  q.text =
      "SELECT e.json, d.doc_id, e.date, e.source_code, e.target_code, e.cameo, e.location_name, e.evidence, "
      "e.goldstein, e.id, d.url, d.ingested_at, e.num_mentions, e.num_sources, e.num_articles, d.content "
      "FROM events e JOIN documents d ON d.id = e.document WHERE 1=1" +
      Where(f, &q.args, dialect) + " ORDER BY " + dialect.date_order + ", e.id LIMIT " + std::to_string(f.limit);
  return q;
}

Result<Sql> SeriesSql(const EventFilter& f, const std::string& period, const Dialect& dialect,
                      const std::string& by) {
  std::string bucket = period == "day"     ? "e.date"
                       : period == "week"  ? Replace(dialect.week_of, "e.date")
                       : period == "month" ? "substr(e.date, 1, 7)"
                                           : "";
  if (bucket.empty()) return InvalidInput("period is day, week or month, not '" + period + "'");
  // The group is the last column (empty without one), so readers need not know whether there is one.
  std::string group = by.empty()       ? "''"
                      : by == "dyad"   ? "coalesce(e.source_country, '') || '-' || coalesce(e.target_country, '')"
                      : by == "source" ? "coalesce(e.source_country, '')"
                      : by == "target" ? "coalesce(e.target_country, '')"
                                       : "";
  if (group.empty()) return InvalidInput("a series is grouped by dyad, source or target, not '" + by + "'");
  const std::string grouped = by.empty() ? "" : ", g";
  Sql q;
  // Country-level filters only: read the daily counts instead of the events.
  auto country = [](const std::string& v) { return v.empty() || IsCountry(v); };
  bool daily = country(f.country) && country(f.source) && country(f.target) && f.root.empty() && f.code.empty() &&
               f.plover_type.empty() && f.lang.empty() && f.location_country.empty() && f.text.empty() &&
               f.sector.empty() && f.actor.empty() && f.place.empty();
  if (!daily) {
    q.text = "SELECT " + bucket + " AS p, e.quad_class, count(*), avg(e.goldstein), " + group +
             " AS g FROM events e WHERE e.date IS NOT NULL" + Where(f, &q.args, dialect) + " GROUP BY p" + grouped +
             ", e.quad_class ORDER BY p" + grouped + ", e.quad_class";
    return q;
  }
  std::string where;
  auto add = [&](const std::string& clause, std::initializer_list<const std::string*> vs) {
    where += " AND " + clause;
    for (const std::string* v : vs) q.args.push_back(*v);
  };
  if (!f.country.empty()) add("(e.source_country = ? OR e.target_country = ?)", {&f.country, &f.country});
  if (!f.source.empty() && !f.target.empty() && f.either_direction)
    add("((e.source_country = ? AND e.target_country = ?) OR (e.source_country = ? AND e.target_country = ?))",
        {&f.source, &f.target, &f.target, &f.source});
  else {
    if (!f.source.empty()) add("e.source_country = ?", {&f.source});
    if (!f.target.empty()) add("e.target_country = ?", {&f.target});
  }
  if (!f.from.empty()) add("e.date >= ?", {&f.from});
  if (!f.to.empty()) add("e.date <= ?", {&f.to});
  std::string quad = std::to_string(f.quad_class);
  if (f.quad_class) add("e.quad_class = ?", {&quad});
  q.text = "SELECT " + bucket + " AS p, e.quad_class, sum(e.events), sum(e.goldstein_sum) / sum(e.events), " + group +
           " AS g FROM daily e WHERE 1=1" + where + " GROUP BY p" + grouped + ", e.quad_class ORDER BY p" + grouped +
           ", e.quad_class";
  return q;
}

}  // namespace dyad::store
