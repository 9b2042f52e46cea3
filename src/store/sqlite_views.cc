// Read views over the SQLite store for the HTTP API and watch rules (issue #6).
// Kept apart from sqlite_store.cc: only SELECTs, plus the watch_rules table.
// Every value from a request is bound as a parameter, never spliced into SQL.
#include <sqlite3.h>

#include <memory>
#include <variant>

#include "dyad/store.h"
#include "store/event_json.h"
#include "store/pg_store.h"

namespace dyad {
namespace {

struct StmtCloser { void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); } };
using Stmt = std::unique_ptr<sqlite3_stmt, StmtCloser>;
using Arg = std::variant<std::string, int64_t, double>;

std::string Text(sqlite3_stmt* s, int i) {
  const unsigned char* t = sqlite3_column_text(s, i);
  return t ? reinterpret_cast<const char*>(t) : "";
}

// A stored event record with its texts put back from its first document's content (column i + 1).
std::string EventJson(sqlite3_stmt* s, int i) {
  std::string json = Text(s, i);
  const char* content = reinterpret_cast<const char*>(sqlite3_column_text(s, i + 1));
  if (content) store::RestoreEventJson(&json, std::string_view(content, sqlite3_column_bytes(s, i + 1)));
  return json;
}

// In a statement with a full-text query from the user, a plain SQL error is
// that query's syntax (bad input, HTTP 400); anything else is an I/O error.
Status Error(sqlite3* db, const std::string& what, bool user_text) {
  std::string msg = sqlite3_errmsg(db);
  if (user_text && sqlite3_errcode(db) == SQLITE_ERROR) return InvalidInput("full-text query: " + msg);
  return IoError(what + ": " + msg);
}

// Prepares `sql`, binds `args` and calls `row` for each result row.
template <typename Row>
Status Run(sqlite3* db, const std::string& sql, const std::vector<Arg>& args, const char* what, Row row,
           bool user_text = false) {
  // A PostgreSQL store answers in pg_views.cc (each view below hands it over first).
  if (db == nullptr) return InvalidInput(std::string(what) + ": no SQLite connection");
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) return Error(db, what, user_text);
  Stmt st(raw);
  for (size_t i = 0; i < args.size(); ++i) {
    int k = static_cast<int>(i + 1);
    if (auto* s = std::get_if<std::string>(&args[i]))
      sqlite3_bind_text(raw, k, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
    else if (auto* n = std::get_if<int64_t>(&args[i])) sqlite3_bind_int64(raw, k, *n);
    else sqlite3_bind_double(raw, k, std::get<double>(args[i]));
  }
  int rc;
  while ((rc = sqlite3_step(raw)) == SQLITE_ROW) row(raw);
  if (rc != SQLITE_DONE) return Error(db, what, user_text);
  return Status::Ok();
}

std::vector<Arg> Strings(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

}  // namespace

Status Store::Select(const EventSelection& sel, std::vector<EventRow>* out) const {
  if (pg_) return pg_->Select(sel, out);
  store::Sql q = store::SelectSql(sel, store::SqliteDialect());
  return Run(db_, q.text, Strings(q.args), "select events", [&](sqlite3_stmt* s) {
    EventRow r;
    r.row_id = sqlite3_column_int64(s, 0);
    r.document = sqlite3_column_int64(s, 1);
    r.json = EventJson(s, 2);
    r.doc_id = Text(s, 4);
    r.url = Text(s, 5);
    r.title = Text(s, 6);
    r.num_mentions = sqlite3_column_int(s, 7);
    r.num_sources = sqlite3_column_int(s, 8);
    r.num_articles = sqlite3_column_int(s, 9);
    r.date = Text(s, 10);
    out->push_back(std::move(r));
  }, !sel.filter.text.empty());
}

Status Store::Top(const EventFilter& f, const std::string& by, size_t limit, std::vector<CountRow>* out) const {
  if (pg_) return pg_->Top(f, by, limit, out);
  std::vector<std::string> where_args;
  std::string where = Where(f, &where_args);
  std::vector<Arg> args = Strings(where_args);
  std::string inner;
  if (by == "actor" || by == "country") {
    std::string col = by == "actor" ? "_code" : "_country";
    // Both sides, but an event whose two sides are the same key counts once.
    inner = "SELECT e.source" + col + " AS k, e.goldstein AS g FROM events e WHERE 1=1" + where +
            " UNION ALL SELECT e.target" + col + ", e.goldstein FROM events e WHERE e.target" + col +
            " IS NOT e.source" + col + where;
    args.insert(args.end(), where_args.begin(), where_args.end());
  } else if (by == "location") {
    inner = "SELECT e.location_country AS k, e.goldstein AS g FROM events e WHERE 1=1" + where;
  } else {
    return InvalidInput("by is actor, country or location, not '" + by + "'");
  }
  std::string sql = "SELECT k, count(*), avg(g) FROM (" + inner +
                    ") WHERE k IS NOT NULL AND k <> '' GROUP BY k ORDER BY 2 DESC, k LIMIT ?";
  args.push_back(static_cast<int64_t>(limit));
  return Run(db_, sql, args, "top", [&](sqlite3_stmt* s) {
    out->push_back({Text(s, 0), static_cast<size_t>(sqlite3_column_int64(s, 1)), sqlite3_column_double(s, 2)});
  }, !f.text.empty());
}

Status Store::Places(const EventFilter& f, size_t limit, std::vector<PlaceRow>* out) const {
  if (pg_) return pg_->Places(f, limit, out);
  std::vector<std::string> where_args;
  std::string sql =
      "SELECT e.location_name, e.location_country, e.lat, e.lon, count(*) FROM events e "
      "WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL" + Where(f, &where_args) +
      " GROUP BY e.location_name, e.location_country, e.lat, e.lon ORDER BY 5 DESC, 1 LIMIT ?";
  std::vector<Arg> args = Strings(where_args);
  args.push_back(static_cast<int64_t>(limit));
  return Run(db_, sql, args, "places", [&](sqlite3_stmt* s) {
    out->push_back({Text(s, 0), Text(s, 1), sqlite3_column_double(s, 2), sqlite3_column_double(s, 3),
                    static_cast<size_t>(sqlite3_column_int64(s, 4))});
  }, !f.text.empty());
}

Status Store::GetDocument(int64_t id, StoredDocument* out) const {
  if (pg_) return pg_->GetDocument(id, out);
  bool found = false;
  Status s = Run(db_,
                 "SELECT id, doc_id, url, title, published, lang, origin, ingested_at, content FROM documents "
                 "WHERE id = ?",
                 {id}, "document", [&](sqlite3_stmt* st) {
                   found = true;
                   out->id = sqlite3_column_int64(st, 0);
                   out->doc_id = Text(st, 1);
                   out->url = Text(st, 2);
                   out->title = Text(st, 3);
                   out->published = Text(st, 4);
                   out->lang = Text(st, 5);
                   out->origin = Text(st, 6);
                   out->ingested_at = Text(st, 7);
                   out->content = Text(st, 8);
                 });
  if (!s.ok()) return s;
  if (!found) return NotFound("no document " + std::to_string(id));
  constexpr int64_t kMaxEvents = 5000;  // a document reports far fewer; the bound keeps answers small
  // The events it reported first (their rows, found through its story) and
  // those an earlier document of its story reported first (its mentions).
  return Run(db_,
             "SELECT e.id, e.json, d.content, 1, e.evidence_start, e.evidence_end FROM events e JOIN documents d "
             "ON d.id = e.document WHERE e.story = (SELECT story FROM documents WHERE id = ?1) AND e.document = ?1 "
             "UNION ALL SELECT e.id, e.json, d.content, 0, m.start, m.end FROM mentions m JOIN events e "
             "ON e.id = m.event JOIN documents d ON d.id = e.document WHERE m.document = ?1 ORDER BY 5, 1 LIMIT ?2",
             {id, kMaxEvents}, "document events", [&](sqlite3_stmt* st) {
               out->events.push_back({sqlite3_column_int64(st, 0), EventJson(st, 1), sqlite3_column_int(st, 3) != 0,
                                      sqlite3_column_int64(st, 4), sqlite3_column_int64(st, 5)});
             });
}

Status Store::Search(const std::string& query, size_t limit, std::vector<SearchHit>* out) const {
  if (pg_) return pg_->Search(query, limit, out);
  // Snippet marks are \x02 and \x03: bytes no article holds, so a client can mark them safely.
  return Run(db_,
             "SELECT d.id, d.doc_id, d.title, d.url, d.published, d.lang, "
             "snippet(documents_fts, 1, char(2), char(3), '...', 16), "
             "(SELECT count(*) FROM mentions m WHERE m.document = d.id) + "
             "(SELECT count(*) FROM events e WHERE e.story = d.story AND e.document = d.id) "
             "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
             "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
             {query, static_cast<int64_t>(limit)}, "search", [&](sqlite3_stmt* s) {
               out->push_back({sqlite3_column_int64(s, 0), Text(s, 1), Text(s, 2), Text(s, 3), Text(s, 4), Text(s, 5),
                               Text(s, 6), static_cast<size_t>(sqlite3_column_int64(s, 7))});
             }, true);
}

Status Store::Overview(StoreOverview* out) const {
  if (pg_) return pg_->Overview(out);
  DYAD_RETURN_IF_ERROR(Count(&out->documents, &out->events));
  // The daily table is far smaller than the events: dates and countries come from it.
  DYAD_RETURN_IF_ERROR(Run(db_, "SELECT min(date), max(date) FROM daily", {}, "dates", [&](sqlite3_stmt* s) {
    out->first_date = Text(s, 0);
    out->last_date = Text(s, 1);
  }));
  DYAD_RETURN_IF_ERROR(Run(db_,
                           "SELECT lang, count(*) FROM events WHERE lang IS NOT NULL GROUP BY lang ORDER BY 2 DESC",
                           {}, "languages", [&](sqlite3_stmt* s) {
                             out->languages.push_back({Text(s, 0), static_cast<size_t>(sqlite3_column_int64(s, 1)), 0});
                           }));
  return Run(db_,
             "SELECT k, sum(n) FROM (SELECT source_country AS k, events AS n FROM daily UNION ALL "
             "SELECT target_country, events FROM daily WHERE target_country <> source_country) "
             "WHERE k <> '' GROUP BY k ORDER BY 2 DESC, 1",
             {}, "countries", [&](sqlite3_stmt* s) {
               out->countries.push_back({Text(s, 0), static_cast<size_t>(sqlite3_column_int64(s, 1)), 0});
             });
}

Status Store::MaxEventId(int64_t* out) const {
  if (pg_) return pg_->MaxEventId(out);
  return Run(db_, "SELECT coalesce(max(id), 0) FROM events", {}, "max event id",
             [&](sqlite3_stmt* s) { *out = sqlite3_column_int64(s, 0); });
}

Status Store::AddRule(const std::string& name, const std::string& spec, int64_t* id) {
  if (pg_) return pg_->AddRule(name, spec, id);
  DYAD_RETURN_IF_ERROR(Run(db_, "INSERT INTO watch_rules(name, spec) VALUES (?, ?)", {name, spec}, "add rule",
                           [](sqlite3_stmt*) {}));
  *id = sqlite3_last_insert_rowid(db_);
  return Status::Ok();
}

Status Store::Rules(std::vector<StoredRule>* out) const {
  if (pg_) return pg_->Rules(out);
  return Run(db_, "SELECT id, name, spec, created_at FROM watch_rules ORDER BY id", {}, "rules",
             [&](sqlite3_stmt* s) { out->push_back({sqlite3_column_int64(s, 0), Text(s, 1), Text(s, 2), Text(s, 3)}); });
}

Status Store::DeleteRule(int64_t id, bool* deleted) {
  if (pg_) return pg_->DeleteRule(id, deleted);
  DYAD_RETURN_IF_ERROR(Run(db_, "DELETE FROM watch_rules WHERE id = ?", {id}, "delete rule", [](sqlite3_stmt*) {}));
  *deleted = sqlite3_changes(db_) > 0;
  return Status::Ok();
}

Status Store::SetReadOnly(bool read_only) {
  if (pg_) return pg_->SetReadOnly(read_only);
  return Exec(read_only ? "PRAGMA query_only=ON" : "PRAGMA query_only=OFF");
}

}  // namespace dyad
