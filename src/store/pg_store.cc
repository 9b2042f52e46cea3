#include "store/pg_store.h"

#include <libpq-fe.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_set>

#include "store/event_json.h"
#include "store/pg_util.h"
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
  event_id TEXT NOT NULL,
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

// Watch rules (SQLite's migration 8). Created on open when missing: PostgreSQL
// stores made before the read views were at version 9 already.
const char* const kWatchRules = R"sql(
CREATE TABLE IF NOT EXISTS watch_rules (
  id BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  spec TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
)
)sql";

using pg::Exec;
using pg::Int;
using pg::Numbered;
using pg::PgDialect;
using pg::PgError;
using pg::Real;
using pg::RunSql;

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

Result<std::unique_ptr<PgStore>> PgStore::Open(const std::string& uri, const StoreOptions& options) {
  pg_conn* conn = PQconnectdb(uri.c_str());
  if (!conn || PQstatus(conn) != CONNECTION_OK) {
    Status s = PgError(conn, "cannot connect");
    if (conn) PQfinish(conn);
    return s.At(RedactUri(uri));
  }
  std::unique_ptr<PgStore> store(new PgStore(conn, options));
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
    // older records keep them. 10 changed SQLite's tables only. 11: event ids
    // need not be unique (documents with the same id keep their events).
    s = Exec(conn_, "ALTER TABLE events DROP CONSTRAINT IF EXISTS events_event_id_key");
    if (s.ok()) s = RunSql(conn_, "INSERT INTO dyad_schema(version) VALUES ($1)", {std::to_string(kSchemaVersion)}).status();
    if (!s.ok()) return fail(s);
  }
  s = Exec(conn_, kWatchRules);
  if (!s.ok()) return fail(s);
  return Exec(conn_, "COMMIT");
}

namespace {

// The key under which a story's events are the same event (SQLite's find_event).
std::string EventKey(const Event& e) {
  return e.cameo + '\t' + e.source.code + '\t' + (e.target ? e.target->code : "") + '\t' + e.date;
}

// A row the batch refers to before it has an id: ids already stored are
// positive, rows new in this batch are -(index + 1) until ids are reserved.
using Ref = long long;
Ref NewRef(size_t index) { return -static_cast<Ref>(index) - 1; }

}  // namespace

// A batch costs a fixed number of round trips, not a few per document: one
// pipeline reads what the batch needs to know (stored documents, story bands),
// one reads the events of the stories it joins, one reserves row
// ids; the story and event matching runs here exactly as the SQLite writer runs
// it row by row, and the new rows go in by COPY. The advisory lock keeps
// other writers out between the reads and the writes.
Status PgStore::Add(std::vector<PreparedDocument>& batch, AddReport* report) {
  auto fail = [&](Status s) {
    (void)pg::Exec(conn_, "ROLLBACK");
    return s;
  };
  // 1. What is stored already.
  std::vector<std::string> hashes, urls;
  std::vector<long long> band_numbers, band_values;
  std::set<std::pair<int, long long>> bands_asked;
  for (const PreparedDocument& item : batch) {
    hashes.push_back(item.content_hash);
    if (!item.doc.url.empty()) urls.push_back(item.doc.url);
    for (int b = 0; b < kBands; ++b) {
      long long v = static_cast<long long>(Band(item.simhash, b));
      if (!bands_asked.insert({b, v}).second) continue;
      band_numbers.push_back(b);
      band_values.push_back(v);
    }
  }
  std::vector<pg::Statement> reads;
  reads.push_back({"BEGIN", {}});
  reads.push_back({kLock, {}});
  reads.push_back({"SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS')", {}});
  reads.push_back({"SELECT content_hash FROM documents WHERE content_hash = ANY($1::text[])",
                   pg::Params().Raw(pg::TextArray(hashes))});
  reads.push_back({"SELECT url FROM documents WHERE url = ANY($1::text[]) AND url <> ''",
                   pg::Params().Raw(pg::TextArray(urls))});
  // Only stories in the window (StoreOptions::story_window) are candidates.
  reads.push_back({"SELECT b.band, b.value, b.story, b.simhash FROM story_bands b "
                   "JOIN unnest($1::int[], $2::bigint[]) AS q(band, value) ON b.band = q.band AND b.value = q.value "
                   "WHERE b.story > (SELECT coalesce(max(id), 0) FROM stories) - $3::bigint",
                   pg::Params()
                       .Raw(pg::IntArray(band_numbers))
                       .Raw(pg::IntArray(band_values))
                       .Int(options_.story_window)});
  reads.push_back({"SELECT coalesce(max(id), 0) FROM stories", {}});
  auto read = pg::RunPipeline(conn_, reads);
  if (!read.ok()) return fail(read.status());
  const std::string ingested_at = pg::Text((*read)[2].get(), 0, 0);
  const long long last_stored_story = pg::Int((*read)[6].get(), 0, 0);
  std::unordered_set<std::string> known_hashes, known_urls;
  for (int i = 0; i < PQntuples((*read)[3].get()); ++i) known_hashes.insert(pg::Text((*read)[3].get(), i, 0));
  for (int i = 0; i < PQntuples((*read)[4].get()); ++i) known_urls.insert(pg::Text((*read)[4].get(), i, 0));

  // 2. Documents and stories, in batch order. A band's candidates are ordered
  // by story id: stored stories first, then the batch's in the order it creates them.
  struct Story { Ref ref; uint64_t simhash; size_t first_document; };
  std::vector<Story> stories;                        // stories the batch refers to
  std::map<long long, size_t> stored_story;          // stored story id -> index in `stories`
  std::map<std::pair<int, uint64_t>, std::vector<size_t>> band_stories;
  {
    const PGresult* r = (*read)[5].get();
    std::vector<std::tuple<int, uint64_t, long long, uint64_t>> rows;
    for (int i = 0; i < PQntuples(r); ++i)
      rows.emplace_back(static_cast<int>(pg::Int(r, i, 0)), static_cast<uint64_t>(pg::Int(r, i, 1)), pg::Int(r, i, 2),
                        static_cast<uint64_t>(pg::Int(r, i, 3)));
    std::sort(rows.begin(), rows.end());
    for (const auto& [band, value, id, simhash] : rows) {
      auto [it, added] = stored_story.emplace(id, stories.size());
      if (added) stories.push_back({id, simhash, 0});
      band_stories[{band, value}].push_back(it->second);
    }
  }
  struct NewDocument { size_t item, story; bool new_story; };
  std::vector<NewDocument> documents;
  size_t new_stories = 0;
  for (size_t i = 0; i < batch.size(); ++i) {
    const PreparedDocument& item = batch[i];
    ++report->documents_seen;
    if (known_hashes.count(item.content_hash) || (!item.doc.url.empty() && known_urls.count(item.doc.url)))
      continue;  // the same document (URL or content) is already stored
    known_hashes.insert(item.content_hash);
    if (!item.doc.url.empty()) known_urls.insert(item.doc.url);
    ++report->documents_new;
    std::optional<size_t> story;
    // The window as the SQLite writer sees it: ids above the last id so far
    // (this batch's new stories numbered on from the stored ones) minus the window.
    const long long cutoff = last_stored_story + static_cast<long long>(new_stories) - options_.story_window;
    auto id_of = [&](size_t s) { return stories[s].ref > 0 ? stories[s].ref : last_stored_story - stories[s].ref; };
    for (int b = 0; b < kBands && !story; ++b) {
      auto it = band_stories.find({b, Band(item.simhash, b)});
      if (it == band_stories.end()) continue;
      for (size_t s : it->second)
        if (id_of(s) > cutoff && HammingDistance(item.simhash, stories[s].simhash) <= kSameStoryBits) {
          story = s;
          break;
        }
    }
    const bool new_story = !story;
    if (new_story) {
      story = stories.size();
      stories.push_back({NewRef(new_stories++), item.simhash, documents.size()});
      for (int b = 0; b < kBands; ++b) band_stories[{b, Band(item.simhash, b)}].push_back(*story);
    } else {
      ++report->documents_in_known_story;
    }
    documents.push_back({i, *story, new_story});
  }

  // 3. The events already stored in the stored stories that documents join.
  std::map<std::pair<size_t, std::string>, Ref> story_events;  // (story, EventKey) -> its first event
  {
    std::set<long long> joined;
    for (const NewDocument& d : documents)
      if (!d.new_story && stories[d.story].ref > 0) joined.insert(stories[d.story].ref);
    if (!joined.empty()) {
      auto r = pg::Run(conn_,
                       "SELECT id, story, cameo, source_code, target_code, date FROM events "
                       "WHERE story = ANY($1::bigint[]) ORDER BY id",
                       pg::Params().Raw(pg::IntArray({joined.begin(), joined.end()})));
      if (!r.ok()) return fail(r.status());
      for (int i = 0; i < PQntuples(r->get()); ++i) {
        std::string key = pg::Text(r->get(), i, 2) + '\t' + pg::Text(r->get(), i, 3) + '\t' +
                          pg::Text(r->get(), i, 4) + '\t' + pg::Text(r->get(), i, 5);
        story_events.emplace(std::pair{stored_story.at(pg::Int(r->get(), i, 1)), std::move(key)}, pg::Int(r->get(), i, 0));
      }
    }
  }

  // 4. Events and mentions, as the SQLite writer matches them.
  struct NewEvent { size_t document, k, story; };
  struct Mention { Ref event; size_t document, k; };
  std::vector<NewEvent> events;
  std::vector<Mention> mentions;
  std::set<std::pair<Ref, size_t>> mentioned;
  std::set<Ref> recount;  // events reported again: their counts are recomputed from their mentions
  struct Day { long long events = 0; double goldstein = 0; };
  std::map<std::tuple<std::string, std::string, std::string, int>, Day> days;
  for (size_t d = 0; d < documents.size(); ++d) {
    const CodedDocument& coded = batch[documents[d].item].coded;
    for (size_t k = 0; k < coded.events.size(); ++k) {
      const Event& e = coded.events[k];
      auto [it, is_new] = story_events.try_emplace({documents[d].story, EventKey(e)}, 0);
      if (is_new) {
        it->second = NewRef(events.size());
        events.push_back({d, k, documents[d].story});
        ++report->events;
        if (!e.date.empty()) {
          Day& day = days[{e.source.country, e.target ? e.target->country : "", e.date, e.quad_class}];
          ++day.events;
          day.goldstein += e.goldstein;
        }
      } else {
        recount.insert(it->second);
      }
      if (mentioned.insert({it->second, d}).second) mentions.push_back({it->second, d, k});
      ++report->mentions;
    }
  }
  if (documents.empty()) return pg::Exec(conn_, "COMMIT");

  // 5. Row ids, in the order the rows were made (as one insert after another numbers them).
  std::vector<long long> ids[3];
  {
    auto r = pg::Run(conn_,
                     "SELECT 0, nextval(pg_get_serial_sequence('documents', 'id')) FROM generate_series(1, $1) "
                     "UNION ALL SELECT 1, nextval(pg_get_serial_sequence('stories', 'id')) FROM generate_series(1, $2) "
                     "UNION ALL SELECT 2, nextval(pg_get_serial_sequence('events', 'id')) FROM generate_series(1, $3)",
                     pg::Params().Int(static_cast<long long>(documents.size())).Int(static_cast<long long>(new_stories))
                         .Int(static_cast<long long>(events.size())));
    if (!r.ok()) return fail(r.status());
    for (int i = 0; i < PQntuples(r->get()); ++i) ids[pg::Int(r->get(), i, 0)].push_back(pg::Int(r->get(), i, 1));
    for (auto& v : ids) std::sort(v.begin(), v.end());
    if (ids[0].size() != documents.size() || ids[1].size() != new_stories || ids[2].size() != events.size())
      return fail(IoError("postgresql: row ids: fewer than reserved"));
  }
  auto story_id = [&](size_t s) { return stories[s].ref > 0 ? stories[s].ref : ids[1][-stories[s].ref - 1]; };
  auto event_id = [&](Ref ref) { return ref > 0 ? ref : ids[2][-ref - 1]; };

  // 6. The rows, by COPY.
  pg::CopyRows doc_rows, story_rows, band_rows, event_rows, mention_rows;
  for (size_t d = 0; d < documents.size(); ++d) {
    const PreparedDocument& item = batch[documents[d].item];
    doc_rows.Int(ids[0][d]).Text(item.doc.id).Text(item.doc.url).Text(item.coded.title).Text(item.coded.date)
        .Text(item.coded.lang).Text(item.content_hash).Text(item.doc.content).Text(item.doc.origin).Text(ingested_at)
        .Int(static_cast<long long>(item.simhash)).Text(item.domain).Int(story_id(documents[d].story));
    doc_rows.EndRow();
  }
  for (size_t s = 0; s < stories.size(); ++s) {
    if (stories[s].ref > 0) continue;
    const long long id = story_id(s), hash = static_cast<long long>(stories[s].simhash);
    story_rows.Int(id).Int(hash).Int(ids[0][stories[s].first_document]);
    story_rows.EndRow();
    for (int b = 0; b < kBands; ++b) {
      band_rows.Int(b).Int(static_cast<long long>(Band(stories[s].simhash, b))).Int(id).Int(hash);
      band_rows.EndRow();
    }
  }
  for (size_t j = 0; j < events.size(); ++j) {
    const NewEvent& n = events[j];
    const PreparedDocument& item = batch[documents[n.document].item];
    const Event& e = item.coded.events[n.k];
    event_rows.Int(ids[2][j]).Int(ids[0][n.document]).Text(e.event_id).Text(e.date).Text(e.source.code)
        .Text(e.source.country).Text(e.source.sector).Text(e.source.name).Text(e.target ? e.target->code : "")
        .Text(e.target ? e.target->country : "").Text(e.target ? e.target->sector : "")
        .Text(e.target ? e.target->name : "").Text(e.cameo).Text(e.root).Int(e.quad_class).Real(e.goldstein)
        .Text(e.plover_type).Int(e.symmetric ? 1 : 0)
        .Text(e.location ? (e.location->canonical.empty() ? e.location->name : e.location->canonical) : "")
        .Text(e.location ? e.location->country : "");
    if (e.location) event_rows.Real(e.location->lat).Real(e.location->lon).Int(e.location->geonames_id);
    else event_rows.Null().Null().Null();
    event_rows.Text(e.lang).Text(e.evidence_text).Int(e.mentions).Text(item.event_json[n.k]).Int(story_id(n.story))
        .Int(e.mentions).Int(1).Int(1);
    event_rows.EndRow();
  }
  for (const Mention& m : mentions) {
    // As in the SQLite store (schema 9): the span, not the evidence text.
    const Event& e = batch[documents[m.document].item].coded.events[m.k];
    mention_rows.Int(event_id(m.event)).Int(ids[0][m.document]).Null().Int(static_cast<long long>(e.evidence.begin))
        .Int(static_cast<long long>(e.evidence.end)).Int(e.mentions);
    mention_rows.EndRow();
  }
  const std::pair<const char*, const pg::CopyRows*> copies[] = {
      {"documents(id, doc_id, url, title, published, lang, content_hash, content, origin, ingested_at, simhash, "
       "domain, story)", &doc_rows},
      {"stories(id, simhash, first_document)", &story_rows},
      {"story_bands(band, value, story, simhash)", &band_rows},
      {"events(id, document, event_id, date, source_code, source_country, source_sector, source_name, target_code, "
       "target_country, target_sector, target_name, cameo, root, quad_class, goldstein, plover_type, \"symmetric\", "
       "location_name, location_country, lat, lon, geonames_id, lang, evidence, mentions, json, story, "
       "num_mentions, num_articles, num_sources)", &event_rows},
      {"mentions(event, document, evidence, start, \"end\", mentions)", &mention_rows},
  };
  for (const auto& [target, rows] : copies) {
    Status s = pg::Copy(conn_, target, *rows);
    if (!s.ok()) return fail(s);
  }

  // 7. Daily counts and the counts of events reported again, then commit.
  std::vector<pg::Statement> writes;
  if (!days.empty()) {
    std::vector<std::string> sources, targets, dates;
    std::vector<long long> quads, counts;
    std::string sums = "{";
    for (const auto& [key, day] : days) {
      const auto& [source, target, date, quad] = key;
      sources.push_back(source);
      targets.push_back(target);
      dates.push_back(date);
      quads.push_back(quad);
      counts.push_back(day.events);
      if (sums.size() > 1) sums += ',';
      sums += pg::RealText(day.goldstein);
    }
    sums += '}';
    writes.push_back(
        {"INSERT INTO daily(source_country, target_country, date, quad_class, events, goldstein_sum) "
         "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::bigint[], $6::float8[]) "
         "ON CONFLICT (source_country, target_country, date, quad_class) DO UPDATE "
         "SET events = daily.events + EXCLUDED.events, goldstein_sum = daily.goldstein_sum + EXCLUDED.goldstein_sum",
         pg::Params().Raw(pg::TextArray(sources)).Raw(pg::TextArray(targets)).Raw(pg::TextArray(dates))
             .Raw(pg::IntArray(quads)).Raw(pg::IntArray(counts)).Raw(sums)});
  }
  if (!recount.empty()) {
    std::vector<long long> recounted;
    for (Ref ref : recount) recounted.push_back(event_id(ref));
    writes.push_back(
        {"UPDATE events e SET num_mentions = c.mentions, num_articles = c.articles, num_sources = c.sources "
         "FROM (SELECT m.event, sum(m.mentions) AS mentions, count(*) AS articles, count(DISTINCT d.domain) AS sources "
         "FROM mentions m JOIN documents d ON d.id = m.document WHERE m.event = ANY($1::bigint[]) GROUP BY m.event) c "
         "WHERE e.id = c.event",
         pg::Params().Raw(pg::IntArray(recounted))});
  }
  writes.push_back({"COMMIT", {}});
  auto written = pg::RunPipeline(conn_, writes);
  if (!written.ok()) return fail(written.status());
  return Status::Ok();
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

Status PgStore::TimeSeries(const EventFilter& f, const std::string& period, std::vector<SeriesPoint>* out,
                           const std::string& by) const {
  auto q = SeriesSql(f, period, PgDialect(), by);
  if (!q.ok()) return q.status();
  auto r = RunSql(conn_, Numbered(q->text), q->args);
  if (!r.ok()) return r.status();
  const PGresult* res = r->get();
  for (int i = 0; i < PQntuples(res); ++i)
    out->push_back({PQgetvalue(res, i, 0), static_cast<int>(Int(res, i, 1)), static_cast<size_t>(Int(res, i, 2)),
                    Real(res, i, 3), PQgetvalue(res, i, 4)});
  return Status::Ok();
}

}  // namespace dyad::store
