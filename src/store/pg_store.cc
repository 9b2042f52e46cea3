#include "store/pg_store.h"

#include "store/event_json.h"

#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <tuple>

#include "store/simhash.h"
#include "store/sql_query.h"

namespace dyad::store {
namespace {

// Schema 7 of the SQLite store, in PostgreSQL types. Documents carry their
// full-text vector (the 'simple' configuration: lower-cased words, no stemming).
const char* const kSchema = R"sql(
CREATE TABLE documents (
  id BIGSERIAL PRIMARY KEY,
  doc_id TEXT NOT NULL, url TEXT, title TEXT, published TEXT, lang TEXT,
  content_hash TEXT NOT NULL UNIQUE, content TEXT NOT NULL, origin TEXT,
  ingested_at TEXT, simhash BIGINT, domain TEXT, story BIGINT,
  fts TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || content)) STORED
);
CREATE UNIQUE INDEX documents_url ON documents(url) WHERE url IS NOT NULL AND url <> '';
CREATE INDEX documents_fts ON documents USING GIN (fts);
CREATE TABLE stories (id BIGSERIAL PRIMARY KEY, simhash BIGINT NOT NULL, first_document BIGINT);
CREATE TABLE story_bands (
  band INTEGER NOT NULL, value BIGINT NOT NULL, story BIGINT NOT NULL, simhash BIGINT NOT NULL,
  PRIMARY KEY (band, value, story)
);
CREATE TABLE events (
  id BIGSERIAL PRIMARY KEY,
  document BIGINT NOT NULL REFERENCES documents(id),
  event_id TEXT NOT NULL UNIQUE,
  date TEXT,
  source_code TEXT, source_country TEXT, source_sector TEXT, source_name TEXT,
  target_code TEXT, target_country TEXT, target_sector TEXT, target_name TEXT,
  cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER, goldstein DOUBLE PRECISION, plover_type TEXT,
  "symmetric" INTEGER,
  location_name TEXT, location_country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, geonames_id BIGINT,
  lang TEXT, evidence TEXT, mentions INTEGER,
  json TEXT NOT NULL,
  story BIGINT, num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER
);
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_target ON events(target_country, date);
CREATE INDEX events_story ON events(story, cameo, date);
CREATE TABLE mentions (
  event BIGINT NOT NULL REFERENCES events(id),
  document BIGINT NOT NULL REFERENCES documents(id),
  evidence TEXT, start BIGINT, "end" BIGINT, mentions INTEGER,
  PRIMARY KEY (event, document)
);
CREATE TABLE daily (
  source_country TEXT NOT NULL, target_country TEXT NOT NULL, date TEXT NOT NULL, quad_class INTEGER NOT NULL,
  events BIGINT NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (source_country, target_country, date, quad_class)
);
CREATE INDEX daily_target ON daily(target_country, date);
)sql";

// Writers (and schema creation) take this transaction-scoped advisory lock, so
// batches are serialised as SQLite's BEGIN IMMEDIATE serialises them.
const char* const kLock = "SELECT pg_advisory_xact_lock(5051960217)";

const Dialect& PgDialect() {
  static const Dialect d{
      "e.document IN (SELECT id FROM documents WHERE fts @@ websearch_to_tsquery('simple', ?))",
      // SQLite's %W: weeks start on Monday, days before the first Monday are week 00.
      "to_char(%s::date, 'YYYY') || '-W' || lpad(((extract(doy FROM %s::date)::int + 6 - "
      "((extract(dow FROM %s::date)::int + 6) % 7)) / 7)::text, 2, '0')"};
  return d;
}

struct ResultCloser { void operator()(PGresult* r) const { PQclear(r); } };
using PgResult = std::unique_ptr<PGresult, ResultCloser>;

Status PgError(pg_conn* conn, const std::string& what, const PGresult* r = nullptr) {
  std::string msg = r ? PQresultErrorMessage(r) : PQerrorMessage(conn);
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  return IoError("postgresql: " + what + ": " + msg);
}

// Parameters as libpq wants them: text values, null pointers for SQL NULL
// (an empty string is NULL, as the SQLite store binds it).
class Params {
 public:
  Params& Text(const std::string& v) {
    values_.push_back(v.empty() ? std::nullopt : std::optional<std::string>(v));
    return *this;
  }
  Params& Int(long long v) { return Raw(std::to_string(v)); }
  Params& Real(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return Raw(buf);
  }
  Params& Null() { values_.emplace_back(); return *this; }
  Params& Raw(std::string v) { values_.emplace_back(std::move(v)); return *this; }
  std::vector<const char*> Pointers() const {
    std::vector<const char*> p;
    for (const auto& v : values_) p.push_back(v ? v->c_str() : nullptr);
    return p;
  }
  int size() const { return static_cast<int>(values_.size()); }

 private:
  std::vector<std::optional<std::string>> values_;
};

// Runs a prepared statement; `ok` is PGRES_COMMAND_OK or PGRES_TUPLES_OK.
Result<PgResult> Run(pg_conn* conn, const char* name, const Params& p) {
  auto ptrs = p.Pointers();
  PgResult r(PQexecPrepared(conn, name, p.size(), ptrs.data(), nullptr, nullptr, 0));
  ExecStatusType st = PQresultStatus(r.get());
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return PgError(conn, name, r.get());
  return r;
}

// Runs a prepared statement once per parameter set in libpq's pipeline mode
// (one round trip for all); says for each whether it returned a row.
Result<std::vector<bool>> RunPipelined(pg_conn* conn, const char* name, const std::vector<Params>& sets) {
  std::vector<bool> returned;
  if (sets.empty()) return returned;
  if (PQenterPipelineMode(conn) != 1) return PgError(conn, "pipeline");
  size_t sent = 0;
  for (; sent < sets.size(); ++sent) {
    auto ptrs = sets[sent].Pointers();
    if (PQsendQueryPrepared(conn, name, sets[sent].size(), ptrs.data(), nullptr, nullptr, 0) != 1) break;
  }
  bool synced = PQpipelineSync(conn) == 1;
  Status error = sent < sets.size() || !synced ? PgError(conn, name) : Status::Ok();
  // Every statement sent has one result and then a null; the sync has its own.
  for (size_t i = 0; i < sent; ++i) {
    PgResult r(PQgetResult(conn));
    ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st == PGRES_TUPLES_OK) returned.push_back(PQntuples(r.get()) > 0);
    else if (error.ok()) error = PgError(conn, name, r.get());
    while (PGresult* extra = PQgetResult(conn)) PQclear(extra);
  }
  if (synced) PQclear(PQgetResult(conn));  // PGRES_PIPELINE_SYNC
  if (PQexitPipelineMode(conn) != 1 && error.ok()) error = PgError(conn, "pipeline end");
  if (!error.ok()) return error;
  return returned;
}

Result<PgResult> RunSql(pg_conn* conn, const std::string& sql, const std::vector<std::string>& args) {
  std::vector<const char*> ptrs;
  for (const auto& a : args) ptrs.push_back(a.c_str());
  PgResult r(PQexecParams(conn, sql.c_str(), static_cast<int>(ptrs.size()), nullptr, ptrs.data(), nullptr, nullptr, 0));
  ExecStatusType st = PQresultStatus(r.get());
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return PgError(conn, "query", r.get());
  return r;
}

Status Exec(pg_conn* conn, const char* sql) {
  PgResult r(PQexec(conn, sql));
  ExecStatusType st = PQresultStatus(r.get());
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return PgError(conn, sql, r.get());
  return Status::Ok();
}

// ? placeholders (as the shared query builder writes them) to $1, $2, ...
std::string Numbered(const std::string& sql) {
  std::string out;
  int n = 0;
  for (char c : sql) {
    if (c != '?') { out += c; continue; }
    out += '$';
    out += std::to_string(++n);
  }
  return out;
}

long long Int(const PGresult* r, int row, int col) { return std::strtoll(PQgetvalue(r, row, col), nullptr, 10); }
double Real(const PGresult* r, int row, int col) { return std::strtod(PQgetvalue(r, row, col), nullptr); }

}  // namespace

std::string RedactUri(const std::string& uri) {
  size_t scheme = uri.find("://");
  if (scheme == std::string::npos) return uri;
  size_t at = uri.find('@', scheme + 3), slash = uri.find('/', scheme + 3);
  if (at == std::string::npos || (slash != std::string::npos && slash < at)) return uri;
  size_t colon = uri.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return uri;
  return uri.substr(0, colon + 1) + "***" + uri.substr(at);
}

Result<std::unique_ptr<PgStore>> PgStore::Open(const std::string& uri) {
  pg_conn* conn = PQconnectdb(uri.c_str());
  if (!conn || PQstatus(conn) != CONNECTION_OK) {
    Status s = PgError(conn, "cannot connect");
    if (conn) PQfinish(conn);
    return s.At(RedactUri(uri));
  }
  std::unique_ptr<PgStore> store(new PgStore(conn));
  (void)Exec(conn, "SET client_min_messages = warning");
  Status s = store->Migrate();
  if (!s.ok()) return s.At(RedactUri(uri));
  return store;
}

PgStore::~PgStore() { PQfinish(conn_); }

Status PgStore::Migrate() {
  DYAD_RETURN_IF_ERROR(Exec(conn_, "BEGIN"));
  auto fail = [&](Status s) {
    (void)Exec(conn_, "ROLLBACK");
    return s;
  };
  Status s = Exec(conn_, kLock);
  if (s.ok()) s = Exec(conn_, "CREATE TABLE IF NOT EXISTS dyad_schema (version INTEGER NOT NULL)");
  if (!s.ok()) return fail(s);
  auto r = RunSql(conn_, "SELECT max(version) FROM dyad_schema", {});
  if (!r.ok()) return fail(r.status());
  int version = PQgetisnull(r->get(), 0, 0) ? 0 : static_cast<int>(Int(r->get(), 0, 0));
  if (version > kSchemaVersion)
    return fail(Status(StatusCode::kVersionMismatch, "store schema version " + std::to_string(version) +
                                                         " is newer than this dyad (" +
                                                         std::to_string(kSchemaVersion) + ")"));
  if (version == 0) {
    // One step to the current schema: there are no older PostgreSQL stores.
    s = Exec(conn_, kSchema);
    if (s.ok()) s = RunSql(conn_, "INSERT INTO dyad_schema(version) VALUES ($1)", {std::to_string(kSchemaVersion)})
                        .status();
    if (!s.ok()) return fail(s);
  } else if (version < kSchemaVersion) {
    // 9 and 10 changed no PostgreSQL table. 9: event records are stored
    // without their sentence and evidence texts from now on (store/event_json.h);
    // older records keep them. 10 changed SQLite's tables only.
    s = RunSql(conn_, "INSERT INTO dyad_schema(version) VALUES ($1)", {std::to_string(kSchemaVersion)}).status();
    if (!s.ok()) return fail(s);
  }
  return Exec(conn_, "COMMIT");
}

Status PgStore::PrepareStatements() {
  const std::string bands = std::to_string(kBands - 1);
  std::string find_bands = "SELECT story, simhash FROM story_bands WHERE ";
  for (int b = 0; b < kBands; ++b) {
    if (b) find_bands += " OR ";
    find_bands += "(band = ";
    find_bands += std::to_string(b);
    find_bands += " AND value = $";
    find_bands += std::to_string(b + 1);
    find_bands += ")";
  }
  find_bands += " ORDER BY band, story";
  const std::string new_story =
      "WITH s AS (INSERT INTO stories(simhash, first_document) VALUES ($1, $2) RETURNING id), "
      "b AS (INSERT INTO story_bands(band, value, story, simhash) SELECT g, ($3::bigint[])[g + 1], s.id, $1 "
      "FROM s, generate_series(0, " + bands + ") g ON CONFLICT DO NOTHING) "
      "UPDATE documents SET story = (SELECT id FROM s) WHERE id = $2 RETURNING story";
  const std::pair<const char*, std::string> statements[] = {
      {"ins_doc",
       "INSERT INTO documents(doc_id, url, title, published, lang, content_hash, content, origin, ingested_at, "
       "simhash, domain) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, to_char(now() AT TIME ZONE 'UTC', "
       "'YYYYMMDDHH24MISS'), $9, $10) ON CONFLICT DO NOTHING RETURNING id"},
      {"find_bands", find_bands},
      {"new_story", new_story},
      {"set_story", "UPDATE documents SET story = $1 WHERE id = $2"},
      {"find_event",
       "SELECT id FROM events WHERE story = $1 AND cameo = $2 AND source_code IS NOT DISTINCT FROM $3 AND "
       "target_code IS NOT DISTINCT FROM $4 AND date IS NOT DISTINCT FROM $5 ORDER BY id LIMIT 1"},
      // A new event and its first mention in one round trip.
      {"ins_event",
       "WITH e AS (INSERT INTO events(document, event_id, date, source_code, source_country, source_sector, "
       "source_name, target_code, target_country, target_sector, target_name, cameo, root, quad_class, goldstein, "
       "plover_type, \"symmetric\", location_name, location_country, lat, lon, geonames_id, lang, evidence, "
       "mentions, json, story, num_mentions, num_articles, num_sources) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
       "$9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $25, 1, 1) "
       "ON CONFLICT DO NOTHING RETURNING id), "
       "m AS (INSERT INTO mentions(event, document, evidence, start, \"end\", mentions) "
       "SELECT id, $1, $24, $28, $29, $25 FROM e) SELECT id FROM e"},
      {"ins_mention",
       "INSERT INTO mentions(event, document, evidence, start, \"end\", mentions) VALUES ($1, $2, $3, $4, $5, $6) "
       "ON CONFLICT DO NOTHING"},
      {"bump",
       "UPDATE events SET num_mentions = (SELECT sum(mentions) FROM mentions WHERE event = $1), "
       "num_articles = (SELECT count(*) FROM mentions WHERE event = $1), "
       "num_sources = (SELECT count(DISTINCT d.domain) FROM mentions m JOIN documents d ON d.id = m.document "
       "WHERE m.event = $1) WHERE id = $1"},
      {"add_daily",
       "INSERT INTO daily(source_country, target_country, date, quad_class, events, goldstein_sum) "
       "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (source_country, target_country, date, quad_class) DO UPDATE "
       "SET events = daily.events + EXCLUDED.events, goldstein_sum = daily.goldstein_sum + EXCLUDED.goldstein_sum"},
  };
  for (const auto& [name, sql] : statements) {
    PgResult r(PQprepare(conn_, name, sql.c_str(), 0, nullptr));
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) return PgError(conn_, std::string("prepare ") + name, r.get());
  }
  prepared_ = true;
  return Status::Ok();
}

Status PgStore::Add(std::vector<PreparedDocument>& batch, AddReport* report) {
  if (!prepared_) DYAD_RETURN_IF_ERROR(PrepareStatements());
  DYAD_RETURN_IF_ERROR(Exec(conn_, "BEGIN"));
  auto fail = [&](Status s) {
    (void)Exec(conn_, "ROLLBACK");
    return s;
  };
  {
    Status s = Exec(conn_, kLock);
    if (!s.ok()) return fail(s);
  }
  struct Day { long long events = 0; double goldstein = 0; };
  std::map<std::tuple<std::string, std::string, std::string, int>, Day> days;
  for (PreparedDocument& item : batch) {
    const Document& doc = item.doc;
    const CodedDocument& coded = item.coded;
    ++report->documents_seen;
    const long long hash = static_cast<long long>(item.simhash);
    auto ins = Run(conn_, "ins_doc",
                   Params().Text(doc.id).Text(doc.url).Text(coded.title).Text(coded.date).Text(coded.lang)
                       .Text(item.content_hash).Text(doc.content).Text(doc.origin).Int(hash).Text(item.domain));
    if (!ins.ok()) return fail(ins.status());
    if (PQntuples(ins->get()) == 0) continue;  // the same document (URL or content) is already stored
    ++report->documents_new;
    const long long doc_row = Int(ins->get(), 0, 0);

    // The story: the first earlier document within a few bits, band by band.
    Params band_values;
    std::string band_array = "{";
    for (int b = 0; b < kBands; ++b) {
      long long v = static_cast<long long>(Band(item.simhash, b));
      band_values.Int(v);
      if (b) band_array += ',';
      band_array += std::to_string(v);
    }
    band_array += "}";
    auto found = Run(conn_, "find_bands", band_values);
    if (!found.ok()) return fail(found.status());
    long long story = 0;
    for (int i = 0; i < PQntuples(found->get()) && !story; ++i)
      if (HammingDistance(item.simhash, static_cast<uint64_t>(Int(found->get(), i, 1))) <= kSameStoryBits)
        story = Int(found->get(), i, 0);
    const bool new_story = !story;
    if (new_story) {
      auto r = Run(conn_, "new_story", Params().Int(hash).Int(doc_row).Raw(band_array));
      if (!r.ok()) return fail(r.status());
      story = Int(r->get(), 0, 0);
    } else {
      ++report->documents_in_known_story;
      auto r = Run(conn_, "set_story", Params().Int(story).Int(doc_row));
      if (!r.ok()) return fail(r.status());
    }

    auto event_params = [&](size_t k) {
      const Event& e = coded.events[k];
      Params p;
      p.Int(doc_row).Text(e.event_id).Text(e.date).Text(e.source.code).Text(e.source.country)
          .Text(e.source.sector).Text(e.source.name).Text(e.target ? e.target->code : "")
          .Text(e.target ? e.target->country : "").Text(e.target ? e.target->sector : "")
          .Text(e.target ? e.target->name : "").Text(e.cameo).Text(e.root).Int(e.quad_class).Real(e.goldstein)
          .Text(e.plover_type).Int(e.symmetric ? 1 : 0)
          .Text(e.location ? (e.location->canonical.empty() ? e.location->name : e.location->canonical) : "")
          .Text(e.location ? e.location->country : "");
      if (e.location) p.Real(e.location->lat).Real(e.location->lon).Int(e.location->geonames_id);
      else p.Null().Null().Null();
      p.Text(e.lang).Text(e.evidence_text).Int(e.mentions).Text(item.event_json[k]).Int(story)
          .Int(static_cast<long long>(e.evidence.begin)).Int(static_cast<long long>(e.evidence.end));
      return p;
    };
    auto count_new = [&](const Event& e) {
      ++report->events;
      ++report->mentions;
      if (e.date.empty()) return;
      Day& day = days[{e.source.country, e.target ? e.target->country : "", e.date, e.quad_class}];
      ++day.events;
      day.goldstein += e.goldstein;
    };
    if (new_story) {
      // Only this document's events are in its new story: they are inserted in
      // one pipeline. An event repeating one of them (same code, actors and
      // date) is a second mention by the same document, which the SQLite
      // store counts but which changes no row.
      std::vector<std::string> keys;
      std::vector<size_t> first;      // indexes of the events to insert
      std::vector<size_t> repeat_of;  // for each repeat, its event's place in `first`
      for (size_t k = 0; k < coded.events.size(); ++k) {
        const Event& e = coded.events[k];
        std::string key = e.cameo + '\t' + e.source.code + '\t' + (e.target ? e.target->code : "") + '\t' + e.date;
        size_t j = 0;
        while (j < keys.size() && keys[j] != key) ++j;
        if (j < keys.size()) {
          repeat_of.push_back(j);
          continue;
        }
        keys.push_back(std::move(key));
        first.push_back(k);
      }
      std::vector<Params> params;
      for (size_t k : first) params.push_back(event_params(k));
      auto inserted = RunPipelined(conn_, "ins_event", params);
      if (!inserted.ok()) return fail(inserted.status());
      for (size_t j = 0; j < first.size(); ++j)
        if ((*inserted)[j]) count_new(coded.events[first[j]]);
      for (size_t j : repeat_of)
        if ((*inserted)[j]) ++report->mentions;
      continue;
    }
    for (size_t k = 0; k < coded.events.size(); ++k) {
      const Event& e = coded.events[k];
      // The same event already reported by another document of the story?
      auto found_event = Run(conn_, "find_event", Params().Int(story).Text(e.cameo).Text(e.source.code)
                                                      .Text(e.target ? e.target->code : "").Text(e.date));
      if (!found_event.ok()) return fail(found_event.status());
      if (PQntuples(found_event->get()) == 0) {
        auto r = Run(conn_, "ins_event", event_params(k));
        if (!r.ok()) return fail(r.status());
        if (PQntuples(r->get()) > 0) count_new(e);  // else the very same event id: already stored
        continue;
      }
      const long long event_row = Int(found_event->get(), 0, 0);
      auto r = Run(conn_, "ins_mention",
                   Params().Int(event_row).Int(doc_row).Text(e.evidence_text)
                       .Int(static_cast<long long>(e.evidence.begin)).Int(static_cast<long long>(e.evidence.end))
                       .Int(e.mentions));
      if (!r.ok()) return fail(r.status());
      ++report->mentions;
      r = Run(conn_, "bump", Params().Int(event_row));
      if (!r.ok()) return fail(r.status());
    }
  }
  for (const auto& [key, day] : days) {
    const auto& [source, target, date, quad] = key;
    auto r = Run(conn_, "add_daily",
                 Params().Raw(source).Raw(target).Text(date).Int(quad).Int(day.events).Real(day.goldstein));
    if (!r.ok()) return fail(r.status());
  }
  return Exec(conn_, "COMMIT");
}

Status PgStore::Query(const EventFilter& f, std::vector<StoredEvent>* out) const {
  Sql q = QuerySql(f, PgDialect());
  auto r = RunSql(conn_, Numbered(q.text), q.args);
  if (!r.ok()) return r.status();
  const PGresult* res = r->get();
  for (int i = 0; i < PQntuples(res); ++i) {
    StoredEvent e;
    e.json = PQgetvalue(res, i, 0);
    e.doc_id = PQgetvalue(res, i, 1);
    e.date = PQgetvalue(res, i, 2);
    e.source = PQgetvalue(res, i, 3);
    e.target = PQgetvalue(res, i, 4);
    e.cameo = PQgetvalue(res, i, 5);
    e.location = PQgetvalue(res, i, 6);
    e.evidence = PQgetvalue(res, i, 7);
    e.goldstein = Real(res, i, 8);
    e.row_id = Int(res, i, 9);
    e.url = PQgetvalue(res, i, 10);
    e.ingested_at = PQgetvalue(res, i, 11);
    e.num_mentions = static_cast<int>(Int(res, i, 12));
    e.num_sources = static_cast<int>(Int(res, i, 13));
    e.num_articles = static_cast<int>(Int(res, i, 14));
    RestoreEventJson(&e.json, std::string_view(PQgetvalue(res, i, 15), PQgetlength(res, i, 15)));
    out->push_back(std::move(e));
  }
  return Status::Ok();
}

Status PgStore::Count(size_t* documents, size_t* events) const {
  auto r = RunSql(conn_, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)", {});
  if (!r.ok()) return r.status();
  *documents = static_cast<size_t>(Int(r->get(), 0, 0));
  *events = static_cast<size_t>(Int(r->get(), 0, 1));
  return Status::Ok();
}

Status PgStore::TimeSeries(const EventFilter& f, const std::string& period, std::vector<SeriesPoint>* out) const {
  auto q = SeriesSql(f, period, PgDialect());
  if (!q.ok()) return q.status();
  auto r = RunSql(conn_, Numbered(q->text), q->args);
  if (!r.ok()) return r.status();
  const PGresult* res = r->get();
  for (int i = 0; i < PQntuples(res); ++i)
    out->push_back({PQgetvalue(res, i, 0), static_cast<int>(Int(res, i, 1)), static_cast<size_t>(Int(res, i, 2)),
                    Real(res, i, 3)});
  return Status::Ok();
}

}  // namespace dyad::store
