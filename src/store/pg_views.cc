// Read views over the PostgreSQL store for the HTTP API and watch rules: the
// queries of sqlite_views.cc in PostgreSQL's SQL, giving the same rows for the
// same data (docs/store.md lists what differs: full-text syntax, search
// snippets and rank). Text keys are ordered by bytes (COLLATE "C") and NULLs
// first, as SQLite orders them. Every value is a parameter.
#include <libpq-fe.h>

#include "store/event_json.h"
#include "store/pg_store.h"
#include "store/pg_util.h"

namespace dyad::store {
namespace {

using pg::Int;
using pg::Text;

// A stored event record with its texts put back from its first document's content (column i + 1).
std::string EventJson(const PGresult* r, int row, int i) {
  std::string json = Text(r, row, i);
  RestoreEventJson(&json, std::string_view(PQgetvalue(r, row, i + 1), PQgetlength(r, row, i + 1)));
  return json;
}

}  // namespace

Result<pg::PgResult> PgStore::Read(const std::string& sql, const std::vector<std::string>& args) const {
  return pg::RunSql(conn_, pg::Numbered(sql), args);
}

Status PgStore::Select(const EventSelection& sel, std::vector<EventRow>* out) const {
  Sql q = SelectSql(sel, pg::PgDialect());
  auto r = Read(q.text, q.args);
  if (!r.ok()) return r.status();
  const PGresult* res = r->get();
  for (int i = 0; i < PQntuples(res); ++i) {
    EventRow row;
    row.row_id = Int(res, i, 0);
    row.document = Int(res, i, 1);
    row.json = EventJson(res, i, 2);
    row.doc_id = Text(res, i, 4);
    row.url = Text(res, i, 5);
    row.title = Text(res, i, 6);
    row.num_mentions = static_cast<int>(Int(res, i, 7));
    row.num_sources = static_cast<int>(Int(res, i, 8));
    row.num_articles = static_cast<int>(Int(res, i, 9));
    row.date = Text(res, i, 10);
    out->push_back(std::move(row));
  }
  return Status::Ok();
}

Status PgStore::Top(const EventFilter& f, const std::string& by, size_t limit, std::vector<CountRow>* out) const {
  std::vector<std::string> args;
  std::string where = Where(f, &args, pg::PgDialect());
  std::string inner;
  if (by == "actor" || by == "country") {
    std::string col = by == "actor" ? "_code" : "_country";
    // Both sides, but an event whose two sides are the same key counts once.
    inner = "SELECT e.source" + col + " AS k, e.goldstein AS g FROM events e WHERE true" + where +
            " UNION ALL SELECT e.target" + col + ", e.goldstein FROM events e WHERE e.target" + col +
            " IS DISTINCT FROM e.source" + col + where;
    std::vector<std::string> twice = args;
    args.insert(args.end(), twice.begin(), twice.end());
  } else if (by == "location") {
    inner = "SELECT e.location_country AS k, e.goldstein AS g FROM events e WHERE true" + where;
  } else {
    return InvalidInput("by is actor, country or location, not '" + by + "'");
  }
  std::string sql = "SELECT k, count(*), avg(g) FROM (" + inner +
                    ") t WHERE k IS NOT NULL AND k <> '' GROUP BY k ORDER BY 2 DESC, k COLLATE \"C\" LIMIT ?";
  args.push_back(std::to_string(limit));
  auto r = Read(sql, args);
  if (!r.ok()) return r.status();
  for (int i = 0; i < PQntuples(r->get()); ++i)
    out->push_back({Text(r->get(), i, 0), static_cast<size_t>(Int(r->get(), i, 1)), pg::Real(r->get(), i, 2)});
  return Status::Ok();
}

Status PgStore::Places(const EventFilter& f, size_t limit, std::vector<PlaceRow>* out) const {
  std::vector<std::string> args;
  std::string sql =
      "SELECT e.location_name, e.location_country, e.lat, e.lon, count(*) FROM events e "
      "WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL" + Where(f, &args, pg::PgDialect()) +
      " GROUP BY e.location_name, e.location_country, e.lat, e.lon "
      "ORDER BY 5 DESC, e.location_name COLLATE \"C\" NULLS FIRST, e.location_country COLLATE \"C\" NULLS FIRST, 3, 4 LIMIT ?";
  args.push_back(std::to_string(limit));
  auto r = Read(sql, args);
  if (!r.ok()) return r.status();
  const PGresult* res = r->get();
  for (int i = 0; i < PQntuples(res); ++i)
    out->push_back({Text(res, i, 0), Text(res, i, 1), pg::Real(res, i, 2), pg::Real(res, i, 3),
                    static_cast<size_t>(Int(res, i, 4))});
  return Status::Ok();
}

Status PgStore::GetDocument(int64_t id, StoredDocument* out) const {
  auto r = Read("SELECT id, doc_id, url, title, published, lang, origin, ingested_at, content FROM documents "
                "WHERE id = ?",
                {std::to_string(id)});
  if (!r.ok()) return r.status();
  const PGresult* d = r->get();
  if (PQntuples(d) == 0) return NotFound("no document " + std::to_string(id));
  out->id = Int(d, 0, 0);
  out->doc_id = Text(d, 0, 1);
  out->url = Text(d, 0, 2);
  out->title = Text(d, 0, 3);
  out->published = Text(d, 0, 4);
  out->lang = Text(d, 0, 5);
  out->origin = Text(d, 0, 6);
  out->ingested_at = Text(d, 0, 7);
  out->content = Text(d, 0, 8);
  constexpr int64_t kMaxEvents = 5000;  // as in sqlite_views.cc
  auto e = Read("SELECT e.id, e.json, d.content, e.document = m.document, m.start, m.\"end\" FROM mentions m "
                "JOIN events e ON e.id = m.event JOIN documents d ON d.id = e.document WHERE m.document = ? "
                "ORDER BY m.start NULLS FIRST, e.id LIMIT ?",
                {std::to_string(id), std::to_string(kMaxEvents)});
  if (!e.ok()) return e.status();
  const PGresult* res = e->get();
  for (int i = 0; i < PQntuples(res); ++i)
    out->events.push_back({Int(res, i, 0), EventJson(res, i, 1), Text(res, i, 3) == "t", Int(res, i, 4),
                           Int(res, i, 5)});
  return Status::Ok();
}

Status PgStore::Search(const std::string& query, size_t limit, std::vector<SearchHit>* out) const {
  // Snippet marks are \x02 and \x03, as in the SQLite store; the snippet is
  // ts_headline's (up to 16 words around the matches), ranked by ts_rank.
  auto r = Read(
      "WITH q AS (SELECT websearch_to_tsquery('simple', ?) AS q), "
      "hits AS (SELECT d.id, ts_rank(d.fts, q.q) AS rank FROM documents d, q WHERE d.fts @@ q.q "
      "ORDER BY rank DESC, d.id LIMIT ?) "
      "SELECT d.id, d.doc_id, d.title, d.url, d.published, d.lang, "
      "ts_headline('simple', d.content, q.q, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || "
      "', MaxWords=16, MinWords=8'), (SELECT count(*) FROM mentions m WHERE m.document = d.id) "
      "FROM hits JOIN documents d ON d.id = hits.id, q ORDER BY hits.rank DESC, d.id",
      {query, std::to_string(limit)});
  if (!r.ok()) return r.status();
  const PGresult* res = r->get();
  for (int i = 0; i < PQntuples(res); ++i)
    out->push_back({Int(res, i, 0), Text(res, i, 1), Text(res, i, 2), Text(res, i, 3), Text(res, i, 4),
                    Text(res, i, 5), Text(res, i, 6), static_cast<size_t>(Int(res, i, 7))});
  return Status::Ok();
}

Status PgStore::Overview(StoreOverview* out) const {
  DYAD_RETURN_IF_ERROR(Count(&out->documents, &out->events));
  // The daily table is far smaller than the events: dates and countries come from it.
  auto r = Read("SELECT min(date COLLATE \"C\"), max(date COLLATE \"C\") FROM daily", {});
  if (!r.ok()) return r.status();
  out->first_date = Text(r->get(), 0, 0);
  out->last_date = Text(r->get(), 0, 1);
  r = Read("SELECT lang, count(*) FROM events WHERE lang IS NOT NULL GROUP BY lang ORDER BY 2 DESC, lang COLLATE \"C\"",
           {});
  if (!r.ok()) return r.status();
  for (int i = 0; i < PQntuples(r->get()); ++i)
    out->languages.push_back({Text(r->get(), i, 0), static_cast<size_t>(Int(r->get(), i, 1)), 0});
  r = Read("SELECT k, sum(n) FROM (SELECT source_country AS k, events AS n FROM daily UNION ALL "
           "SELECT target_country, events FROM daily WHERE target_country <> source_country) t "
           "WHERE k <> '' GROUP BY k ORDER BY 2 DESC, k COLLATE \"C\"",
           {});
  if (!r.ok()) return r.status();
  for (int i = 0; i < PQntuples(r->get()); ++i)
    out->countries.push_back({Text(r->get(), i, 0), static_cast<size_t>(Int(r->get(), i, 1)), 0});
  return Status::Ok();
}

Status PgStore::MaxEventId(int64_t* out) const {
  auto r = Read("SELECT coalesce(max(id), 0) FROM events", {});
  if (!r.ok()) return r.status();
  *out = Int(r->get(), 0, 0);
  return Status::Ok();
}

Status PgStore::AddRule(const std::string& name, const std::string& spec, int64_t* id) {
  auto r = Read("INSERT INTO watch_rules(name, spec) VALUES (?, ?) RETURNING id", {name, spec});
  if (!r.ok()) return r.status();
  *id = Int(r->get(), 0, 0);
  return Status::Ok();
}

Status PgStore::Rules(std::vector<StoredRule>* out) const {
  auto r = Read("SELECT id, name, spec, created_at FROM watch_rules ORDER BY id", {});
  if (!r.ok()) return r.status();
  for (int i = 0; i < PQntuples(r->get()); ++i)
    out->push_back({Int(r->get(), i, 0), Text(r->get(), i, 1), Text(r->get(), i, 2), Text(r->get(), i, 3)});
  return Status::Ok();
}

Status PgStore::DeleteRule(int64_t id, bool* deleted) {
  auto r = Read("DELETE FROM watch_rules WHERE id = ?", {std::to_string(id)});
  if (!r.ok()) return r.status();
  *deleted = std::string(PQcmdTuples(r->get())) != "0";
  return Status::Ok();
}

Status PgStore::SetReadOnly(bool read_only) {
  // Every later transaction of this session is read-only: writes fail as SQLite's query_only makes them fail.
  return pg::Exec(conn_, read_only ? "SET default_transaction_read_only = on" : "SET default_transaction_read_only = off");
}

}  // namespace dyad::store
