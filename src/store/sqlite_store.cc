#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <tuple>

#include "dyad/emit.h"
#include "dyad/store.h"
#include "store/event_json.h"
#include "store/pg_store.h"
#include "store/simhash.h"
#include "store/story_index.h"
#include "store/sql_query.h"

namespace dyad {
namespace {

// Schema migrations, in order; PRAGMA user_version counts the ones applied.
const char* const kMigrations[] = {
    R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  url TEXT,
  title TEXT,
  published TEXT,
  lang TEXT,
  content_hash TEXT NOT NULL UNIQUE,
  content TEXT NOT NULL,
  origin TEXT
);
CREATE UNIQUE INDEX documents_url ON documents(url) WHERE url IS NOT NULL AND url <> '';
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id),
  event_id TEXT NOT NULL UNIQUE,
  date TEXT,
  source_code TEXT, source_country TEXT, source_sector TEXT, source_name TEXT,
  target_code TEXT, target_country TEXT, target_sector TEXT, target_name TEXT,
  cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER, goldstein REAL, plover_type TEXT,
  symmetric INTEGER,
  location_name TEXT, location_country TEXT, lat REAL, lon REAL, geonames_id INTEGER,
  lang TEXT, evidence TEXT, mentions INTEGER,
  json TEXT NOT NULL
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_target ON events(target_country, date);
CREATE INDEX events_root ON events(root, date);
)sql",
    // 2: when each document was ingested (GDELT's DATEADDED) and a full-text index.
    R"sql(
ALTER TABLE documents ADD COLUMN ingested_at TEXT;
CREATE VIRTUAL TABLE documents_fts USING fts5(title, content, content='documents', content_rowid='id');
INSERT INTO documents_fts(rowid, title, content) SELECT id, coalesce(title, ''), content FROM documents;
)sql",
    // 3: stories. Near-duplicate documents (SimHash) form one story; an event
    // reported by several of its documents is one event with a mention each.
    R"sql(
ALTER TABLE documents ADD COLUMN simhash INTEGER;
ALTER TABLE documents ADD COLUMN domain TEXT;
ALTER TABLE documents ADD COLUMN story INTEGER;
CREATE TABLE stories (id INTEGER PRIMARY KEY, simhash INTEGER NOT NULL, first_document INTEGER);
CREATE TABLE story_bands (band INTEGER NOT NULL, value INTEGER NOT NULL, story INTEGER NOT NULL);
CREATE INDEX story_bands_lookup ON story_bands(band, value);
CREATE TABLE mentions (
  event INTEGER NOT NULL REFERENCES events(id),
  document INTEGER NOT NULL REFERENCES documents(id),
  evidence TEXT, start INTEGER, end INTEGER, mentions INTEGER,
  PRIMARY KEY (event, document)
);
ALTER TABLE events ADD COLUMN story INTEGER;
ALTER TABLE events ADD COLUMN num_mentions INTEGER;
ALTER TABLE events ADD COLUMN num_articles INTEGER;
ALTER TABLE events ADD COLUMN num_sources INTEGER;
INSERT INTO stories(id, simhash, first_document) SELECT id, 0, id FROM documents;
UPDATE documents SET story = id, domain = 'doc:' || id;
UPDATE events SET story = document, num_mentions = mentions, num_articles = 1, num_sources = 1;
INSERT INTO mentions(event, document, evidence, mentions) SELECT id, document, evidence, mentions FROM events;
CREATE INDEX events_story ON events(story, cameo, date);
)sql",
    // 4: covering indexes for dyad and country time series.
    R"sql(
DROP INDEX events_dyad;
DROP INDEX events_target;
CREATE INDEX events_dyad ON events(source_country, target_country, date, quad_class, goldstein);
CREATE INDEX events_target ON events(target_country, date, quad_class, goldstein);
CREATE INDEX events_source ON events(source_country, date, quad_class, goldstein);
)sql",
    // 5: daily counts per directed country dyad and quad class, kept up to date
    // by Add: time series read days, not events.
    R"sql(
CREATE TABLE daily (
  source_country TEXT NOT NULL, target_country TEXT NOT NULL, date TEXT NOT NULL, quad_class INTEGER NOT NULL,
  events INTEGER NOT NULL, goldstein_sum REAL NOT NULL,
  PRIMARY KEY (source_country, target_country, date, quad_class)
) WITHOUT ROWID;
CREATE INDEX daily_target ON daily(target_country, date);
INSERT INTO daily SELECT coalesce(source_country, ''), coalesce(target_country, ''), date, quad_class, count(*),
  sum(goldstein) FROM events WHERE date IS NOT NULL GROUP BY 1, 2, 3, 4;
)sql",
    // 6: time series read the daily table, so events keep only the indexes that
    // event queries need (each index costs every insert).
    R"sql(
DROP INDEX events_source;
DROP INDEX events_root;
DROP INDEX events_date;
DROP INDEX events_dyad;
DROP INDEX events_target;
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_target ON events(target_country, date);
)sql",
    // 7: story bands carry their story's SimHash and mentions are keyed by
    // (event, document) alone: one B-tree each, and the story lookup needs no join.
    R"sql(
CREATE TABLE story_bands_7 (
  band INTEGER NOT NULL, value INTEGER NOT NULL, story INTEGER NOT NULL, simhash INTEGER NOT NULL,
  PRIMARY KEY (band, value, story)
) WITHOUT ROWID;
INSERT OR IGNORE INTO story_bands_7 SELECT b.band, b.value, b.story, s.simhash FROM story_bands b JOIN stories s ON s.id = b.story;
DROP TABLE story_bands;
ALTER TABLE story_bands_7 RENAME TO story_bands;
CREATE TABLE mentions_7 (
  event INTEGER NOT NULL REFERENCES events(id),
  document INTEGER NOT NULL REFERENCES documents(id),
  evidence TEXT, start INTEGER, end INTEGER, mentions INTEGER,
  PRIMARY KEY (event, document)
) WITHOUT ROWID;
INSERT INTO mentions_7 SELECT event, document, evidence, start, end, mentions FROM mentions;
DROP TABLE mentions;
ALTER TABLE mentions_7 RENAME TO mentions;
)sql",
    // 8: watch rules saved by analysts (dyad serve, dyad watch; spec is JSON, see dyad/watch.h).
    R"sql(
CREATE TABLE watch_rules (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  spec TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
)sql",
    // 9: new event records are kept without their sentence and evidence texts
    // (put back from the document on reading, store/event_json.h) and new
    // mentions without their evidence text (the span of their document). Rows
    // stored before keep theirs; the version tells older dyads to refuse the store.
    "SELECT 1;",
    // 10: the writer finds stories through an in-memory index loaded from
    // stories.simhash (store/story_index.h), so story_bands goes; an event's
    // mention by its first document is the event row itself (its evidence span
    // as two columns), so mentions keep only the later documents' reports.
    R"sql(
DROP TABLE story_bands;
ALTER TABLE events ADD COLUMN evidence_start INTEGER;
ALTER TABLE events ADD COLUMN evidence_end INTEGER;
UPDATE events SET evidence_start = m.start, evidence_end = m.end FROM mentions m
  WHERE m.event = events.id AND m.document = events.document;
DELETE FROM mentions WHERE EXISTS (SELECT 1 FROM events e WHERE e.id = mentions.event AND e.document = mentions.document);
)sql",
    // 11: an event id is a hash of its document's id (as the input names it),
    // code, actors and evidence, so two stored documents with the same id
    // (two feeds numbering from 1) can report events with the same id: both
    // are kept. The UNIQUE constraint dropped the second document's events
    // without a trace, and its index cost every insert. SQLite cannot drop a
    // constraint, so the table is rebuilt (Open turns foreign keys off for it).
    R"sql(
CREATE TABLE events_11 (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id),
  event_id TEXT NOT NULL,
  date TEXT,
  source_code TEXT, source_country TEXT, source_sector TEXT, source_name TEXT,
  target_code TEXT, target_country TEXT, target_sector TEXT, target_name TEXT,
  cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER, goldstein REAL, plover_type TEXT,
  symmetric INTEGER,
  location_name TEXT, location_country TEXT, lat REAL, lon REAL, geonames_id INTEGER,
  lang TEXT, evidence TEXT, mentions INTEGER,
  json TEXT NOT NULL,
  story INTEGER, num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER,
  evidence_start INTEGER, evidence_end INTEGER
);
INSERT INTO events_11(id, document, event_id, date, source_code, source_country, source_sector, source_name, target_code, target_country, target_sector, target_name, cameo, root, quad_class, goldstein, plover_type, symmetric, location_name, location_country, lat, lon, geonames_id, lang, evidence, mentions, json, story, num_mentions, num_articles, num_sources, evidence_start, evidence_end) SELECT id, document, event_id, date, source_code, source_country, source_sector, source_name, target_code, target_country, target_sector, target_name, cameo, root, quad_class, goldstein, plover_type, symmetric, location_name, location_country, lat, lon, geonames_id, lang, evidence, mentions, json, story, num_mentions, num_articles, num_sources, evidence_start, evidence_end FROM events;
DROP TABLE events;
ALTER TABLE events_11 RENAME TO events;
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_target ON events(target_country, date);
CREATE INDEX events_story ON events(story, cameo, date);
)sql",
};

struct StmtCloser { void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); } };
using Stmt = std::unique_ptr<sqlite3_stmt, StmtCloser>;

Status SqlError(sqlite3* db, const std::string& what) {
  return IoError(what + ": " + sqlite3_errmsg(db));
}

std::string Hash(const std::string& s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string(buf) + "-" + std::to_string(s.size());
}

void Bind(sqlite3_stmt* s, int i, const std::string& v) {
  if (v.empty()) sqlite3_bind_null(s, i);
  else sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

// The writer's binds: its values outlive the statement's step, so SQLite need
// not copy them (a copy per value was a tenth of the writer's time). A
// temporary would not: that overload is deleted.
void BindStatic(sqlite3_stmt* s, int i, const std::string& v) {
  if (v.empty()) sqlite3_bind_null(s, i);
  else sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
}
void BindStatic(sqlite3_stmt* s, int i, std::string&& v) = delete;
const std::string kNone, kSpace = " ";

std::string Col(sqlite3_stmt* s, int i) {
  const unsigned char* t = sqlite3_column_text(s, i);
  return t ? reinterpret_cast<const char*>(t) : "";
}

}  // namespace

bool Store::IsPostgresUri(const std::string& s) {
  return s.rfind("postgresql://", 0) == 0 || s.rfind("postgres://", 0) == 0;
}

std::string Store::Redacted(const std::string& s) { return IsPostgresUri(s) ? store::RedactUri(s) : s; }

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  if (IsPostgresUri(path)) {
    auto pg = store::PgStore::Open(path, options);
    if (!pg.ok()) return pg.status();
    std::unique_ptr<Store> store(new Store(nullptr));
    store->options_ = options;
    store->pg_ = std::move(pg.value());
    return store;
  }
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    Status s = SqlError(db, "cannot open store");
    sqlite3_close(db);
    return s.At(path);
  }
  std::unique_ptr<Store> store(new Store(db));
  store->options_ = options;
  sqlite3_busy_timeout(db, 5000);
  // WAL with NORMAL sync: a commit is durable against a crash of dyad, and ingest is not bound by fsync.
  // 64 KB pages (a new store's; an existing one keeps its size): the writer
  // appends rows of about a kilobyte, and fewer, larger pages cost it a third
  // less CPU per batch (B-tree, WAL frames, checkpoints) than 4 KB pages.
  DYAD_RETURN_IF_ERROR(store->Exec(
      "PRAGMA page_size=65536; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; "
      "PRAGMA temp_store=MEMORY; PRAGMA mmap_size=268435456;"));
  int version = 0;
  {
    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &raw, nullptr);
    Stmt st(raw);
    if (st && sqlite3_step(st.get()) == SQLITE_ROW) version = sqlite3_column_int(st.get(), 0);
  }
  constexpr int kKnown = static_cast<int>(sizeof kMigrations / sizeof kMigrations[0]);
  static_assert(kKnown == kSchemaVersion, "a migration per schema version");
  if (version > kKnown)
    return Status(StatusCode::kVersionMismatch, "store schema version " + std::to_string(version) +
                                                    " is newer than this dyad (" + std::to_string(kKnown) + ")")
        .At(path);
  // A migration may rebuild a table that others reference (11), which SQLite
  // allows only with foreign keys off; the check before each commit keeps them valid.
  if (version < kKnown) DYAD_RETURN_IF_ERROR(store->Exec("PRAGMA foreign_keys=OFF"));
  for (int v = version; v < kKnown; ++v) {
    DYAD_RETURN_IF_ERROR(store->Exec("BEGIN IMMEDIATE"));
    Status s = store->Exec(kMigrations[v]);
    if (s.ok()) s = store->ForeignKeysValid();
    if (s.ok()) s = store->Exec(("PRAGMA user_version = " + std::to_string(v + 1)).c_str());
    if (!s.ok()) { (void)store->Exec("ROLLBACK"); return s.At(path); }
    DYAD_RETURN_IF_ERROR(store->Exec("COMMIT"));
  }
  DYAD_RETURN_IF_ERROR(store->Exec("PRAGMA foreign_keys=ON"));
  return store;
}

Store::Store(sqlite3* db) : db_(db) {}

Store::~Store() {
  writer_.reset();  // statements before their connection
  if (db_) sqlite3_close(db_);
}

Status Store::Exec(const char* sql) const {
  if (db_ == nullptr) return InvalidInput("store: this statement needs a SQLite store, not PostgreSQL");
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return IoError("store: " + msg);
  }
  return Status::Ok();
}

Status Store::ForeignKeysValid() const {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db_, "PRAGMA foreign_key_check", -1, &raw, nullptr) != SQLITE_OK)
    return SqlError(db_, "foreign key check");
  Stmt st(raw);
  int rc = sqlite3_step(st.get());
  if (rc == SQLITE_ROW)
    return IoError("store: a row of " + Col(st.get(), 0) + " refers to a missing row of " + Col(st.get(), 2));
  if (rc != SQLITE_DONE) return SqlError(db_, "foreign key check");
  return Status::Ok();
}

namespace {

struct Prepared {
  sqlite3* db = nullptr;
  Stmt stmt;
  Status Prepare(const char* sql) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK) return SqlError(db, "prepare");
    stmt.reset(raw);
    return Status::Ok();
  }
  sqlite3_stmt* get() const { return stmt.get(); }
  sqlite3_stmt* Reset() const {
    sqlite3_reset(stmt.get());
    sqlite3_clear_bindings(stmt.get());
    return stmt.get();
  }
};

std::string Domain(const std::string& url, const std::string& doc_id) {
  size_t p = url.find("://");
  if (p == std::string::npos) return "doc:" + doc_id;
  size_t b = p + 3, e = url.find_first_of("/?#", b);
  std::string host = url.substr(b, e == std::string::npos ? std::string::npos : e - b);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host.empty() ? "doc:" + doc_id : host;
}

}  // namespace

// The writer's statements, prepared once per store.
struct Store::Writer {
  explicit Writer(int64_t story_window) : stories(story_window) {}
  Prepared ins_doc, ins_fts, load_stories, ins_story, find_event, ins_event, ins_mention, bump, add_daily;
  store::StoryIndex stories;  // the committed stories in the window (and this batch's), by SimHash band
};

void Store::Prepare(PreparedDocument* d) {
  d->content_hash = Hash(d->doc.content);
  d->domain = Domain(d->doc.url, d->doc.id);
  d->simhash = store::SimHash(d->doc.content);
  d->event_json.clear();
  d->event_json.reserve(d->coded.events.size());
  for (Event& e : d->coded.events) d->event_json.push_back(store::StoredEventJson(e));
  d->prepared = true;
}

Status Store::Add(const std::vector<std::pair<Document, CodedDocument>>& batch, AddReport* report) {
  std::vector<PreparedDocument> prepared(batch.size());
  for (size_t i = 0; i < batch.size(); ++i) {
    prepared[i].doc = batch[i].first;
    prepared[i].coded = batch[i].second;
  }
  return Add(prepared, report);
}

Status Store::Add(std::vector<PreparedDocument>& batch, AddReport* report) {
  for (PreparedDocument& d : batch)
    if (!d.prepared) Prepare(&d);
  if (pg_) return pg_->Add(batch, report);
  if (!writer_) {
    auto w = std::make_unique<Writer>(options_.story_window);
    for (auto [p, sql] : std::initializer_list<std::pair<Prepared*, const char*>>{
             {&w->ins_doc,
              "INSERT OR IGNORE INTO documents(doc_id, url, title, published, lang, content_hash, content, origin, "
              "ingested_at, simhash, domain, story) VALUES (?,?,?,?,?,?,?,?,strftime('%Y%m%d%H%M%S','now'),?,?,?)"},
             {&w->ins_fts, "INSERT INTO documents_fts(rowid, title, content) VALUES (?,?,?)"},
             {&w->load_stories,
              "SELECT id, simhash FROM stories WHERE id > max(?1, (SELECT coalesce(max(id), 0) FROM stories) - ?2) "
              "ORDER BY id"},
             {&w->ins_story, "INSERT INTO stories(id, simhash, first_document) VALUES (?,?,?)"},
             {&w->find_event,
              "SELECT id, document FROM events WHERE story = ? AND cameo = ? AND source_code IS ? AND target_code IS ? "
              "AND date IS ? LIMIT 1"},
             {&w->ins_event,
              "INSERT INTO events(document, event_id, date, source_code, source_country, source_sector, "
              "source_name, target_code, target_country, target_sector, target_name, cameo, root, quad_class, "
              "goldstein, plover_type, symmetric, location_name, location_country, lat, lon, geonames_id, lang, "
              "evidence, mentions, json, story, num_mentions, evidence_start, evidence_end, num_articles, num_sources) "
              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,1)"},
             {&w->ins_mention,
              "INSERT OR IGNORE INTO mentions(event, document, evidence, start, end, mentions) VALUES (?,?,?,?,?,?)"},
             {&w->add_daily,
              "INSERT INTO daily(source_country, target_country, date, quad_class, events, goldstein_sum) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO UPDATE SET "
              "events = events + ?5, goldstein_sum = goldstein_sum + ?6"},
             {&w->bump,
              // The first document's mention is the event row; mentions hold the later ones.
              "UPDATE events SET num_mentions = mentions + (SELECT sum(mentions) FROM mentions WHERE event = ?1), "
              "num_articles = 1 + (SELECT count(*) FROM mentions WHERE event = ?1), "
              "num_sources = (SELECT count(DISTINCT domain) FROM documents WHERE id = events.document OR id IN "
              "(SELECT document FROM mentions WHERE event = ?1)) WHERE id = ?1"}}) {
      p->db = db_;
      if (!p->Prepare(sql).ok()) return SqlError(db_, std::string("prepare: ") + sql);
    }
    writer_ = std::move(w);
  }
  Writer& w = *writer_;
  DYAD_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  auto fail = [&](const std::string& what) {
    Status s = SqlError(db_, what);
    (void)Exec("ROLLBACK");
    w.stories.Clear();  // it may hold this batch's stories: reloaded by the next batch
    return s;
  };
  // Stories committed since the last batch (all of the window the first time,
  // or another writer's): the index then holds the window when the lookups run.
  {
    sqlite3_stmt* s = w.load_stories.Reset();
    sqlite3_bind_int64(s, 1, w.stories.LastId());
    sqlite3_bind_int64(s, 2, options_.story_window);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
      w.stories.Add(sqlite3_column_int64(s, 0), static_cast<uint64_t>(sqlite3_column_int64(s, 1)));
    if (rc != SQLITE_DONE) return fail("load stories");
  }
  // Daily counts are summed over the batch and written once per key.
  struct Day { int events = 0; double goldstein = 0; };
  std::map<std::tuple<std::string, std::string, std::string, int>, Day> days;
  // Events of a story this document starts: only this document's own.
  std::vector<std::pair<std::string, sqlite3_int64>> own_events;
  for (PreparedDocument& item : batch) {
    const Document& doc = item.doc;
    const CodedDocument& coded = item.coded;
    ++report->documents_seen;
    uint64_t hash = item.simhash;
    // The story: an earlier document within a few bits, or a new one (its id
    // the next after every stored story) if this document is stored.
    sqlite3_int64 story = w.stories.Find(hash);
    bool new_story = !story;
    if (new_story) story = w.stories.LastId() + 1;
    sqlite3_stmt* s = w.ins_doc.Reset();
    BindStatic(s, 1, doc.id);
    BindStatic(s, 2, doc.url);
    BindStatic(s, 3, coded.title);
    BindStatic(s, 4, coded.date);
    BindStatic(s, 5, coded.lang);
    BindStatic(s, 6, item.content_hash);
    BindStatic(s, 7, doc.content);
    BindStatic(s, 8, doc.origin);
    sqlite3_bind_int64(s, 9, static_cast<sqlite3_int64>(hash));
    BindStatic(s, 10, item.domain);
    sqlite3_bind_int64(s, 11, story);
    if (sqlite3_step(s) != SQLITE_DONE) return fail("insert document " + doc.id);
    if (sqlite3_changes(db_) == 0) continue;  // the same document (URL or content) is already stored
    ++report->documents_new;
    sqlite3_int64 doc_row = sqlite3_last_insert_rowid(db_);
    s = w.ins_fts.Reset();
    sqlite3_bind_int64(s, 1, doc_row);
    BindStatic(s, 2, coded.title.empty() ? kSpace : coded.title);
    BindStatic(s, 3, doc.content);
    if (sqlite3_step(s) != SQLITE_DONE) return fail("index document " + doc.id);

    if (new_story) {
      s = w.ins_story.Reset();
      sqlite3_bind_int64(s, 1, story);
      sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(hash));
      sqlite3_bind_int64(s, 3, doc_row);
      if (sqlite3_step(s) != SQLITE_DONE) return fail("insert story");
      w.stories.Add(story, hash);
    } else {
      ++report->documents_in_known_story;
    }

    own_events.clear();
    for (size_t k = 0; k < coded.events.size(); ++k) {
      const Event& e = coded.events[k];
      const std::string target_code = e.target ? e.target->code : "";
      // The same event already reported by another document of the story (or,
      // in a new story, earlier in this document)?
      sqlite3_int64 event_row = 0, event_document = doc_row;
      std::string key;
      if (new_story) {
        key = e.cameo + '\t' + e.source.code + '\t' + target_code + '\t' + e.date;
        for (const auto& [k2, row] : own_events)
          if (k2 == key) event_row = row;
      } else {
        s = w.find_event.Reset();
        sqlite3_bind_int64(s, 1, story);
        BindStatic(s, 2, e.cameo);
        BindStatic(s, 3, e.source.code);
        BindStatic(s, 4, target_code);
        BindStatic(s, 5, e.date);
        if (sqlite3_step(s) == SQLITE_ROW) {
          event_row = sqlite3_column_int64(s, 0);
          event_document = sqlite3_column_int64(s, 1);
        }
      }
      if (!event_row) {
        s = w.ins_event.Reset();
        sqlite3_bind_int64(s, 1, doc_row);
        BindStatic(s, 2, e.event_id);
        BindStatic(s, 3, e.date);
        BindStatic(s, 4, e.source.code);
        BindStatic(s, 5, e.source.country);
        BindStatic(s, 6, e.source.sector);
        BindStatic(s, 7, e.source.name);
        BindStatic(s, 8, target_code);
        BindStatic(s, 9, e.target ? e.target->country : kNone);
        BindStatic(s, 10, e.target ? e.target->sector : kNone);
        BindStatic(s, 11, e.target ? e.target->name : kNone);
        BindStatic(s, 12, e.cameo);
        BindStatic(s, 13, e.root);
        sqlite3_bind_int(s, 14, e.quad_class);
        sqlite3_bind_double(s, 15, e.goldstein);
        BindStatic(s, 16, e.plover_type);
        sqlite3_bind_int(s, 17, e.symmetric ? 1 : 0);
        BindStatic(s, 18, e.location ? (e.location->canonical.empty() ? e.location->name : e.location->canonical) : kNone);
        BindStatic(s, 19, e.location ? e.location->country : kNone);
        if (e.location) {
          sqlite3_bind_double(s, 20, e.location->lat);
          sqlite3_bind_double(s, 21, e.location->lon);
          sqlite3_bind_int64(s, 22, e.location->geonames_id);
        }
        BindStatic(s, 23, e.lang);
        BindStatic(s, 24, e.evidence_text);
        sqlite3_bind_int(s, 25, e.mentions);
        BindStatic(s, 26, item.event_json[k]);
        sqlite3_bind_int64(s, 27, story);
        sqlite3_bind_int(s, 28, e.mentions);
        sqlite3_bind_int64(s, 29, e.evidence.begin);
        sqlite3_bind_int64(s, 30, e.evidence.end);
        if (sqlite3_step(s) != SQLITE_DONE) return fail("insert event " + e.event_id);
        event_row = sqlite3_last_insert_rowid(db_);
        if (new_story) own_events.emplace_back(std::move(key), event_row);
        ++report->events;
        if (!e.date.empty()) {
          Day& day = days[{e.source.country, e.target ? e.target->country : kNone, e.date, e.quad_class}];
          ++day.events;
          day.goldstein += e.goldstein;
        }
      }
      ++report->mentions;
      // Reported by this very document (its first report is the event row): no mention row.
      if (event_document == doc_row) continue;
      s = w.ins_mention.Reset();
      sqlite3_bind_int64(s, 1, event_row);
      sqlite3_bind_int64(s, 2, doc_row);
      sqlite3_bind_int64(s, 4, e.evidence.begin);
      sqlite3_bind_int64(s, 5, e.evidence.end);
      sqlite3_bind_int(s, 6, e.mentions);
      if (sqlite3_step(s) != SQLITE_DONE) return fail("insert mention");
      if (sqlite3_changes(db_) == 0) continue;  // this document's report of it is already counted
      s = w.bump.Reset();
      sqlite3_bind_int64(s, 1, event_row);
      if (sqlite3_step(s) != SQLITE_DONE) return fail("count mentions");
    }
  }
  for (const auto& [key, day] : days) {
    sqlite3_stmt* s = w.add_daily.Reset();
    const auto& [source, target, date, quad] = key;
    sqlite3_bind_text(s, 1, source.data(), static_cast<int>(source.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 2, target.data(), static_cast<int>(target.size()), SQLITE_TRANSIENT);
    BindStatic(s, 3, date);
    sqlite3_bind_int(s, 4, quad);
    sqlite3_bind_int(s, 5, day.events);
    sqlite3_bind_double(s, 6, day.goldstein);
    if (sqlite3_step(s) != SQLITE_DONE) return fail("count day");
  }
  return Exec("COMMIT");
}

std::string Store::Where(const EventFilter& f, std::vector<std::string>* args) {
  return store::Where(f, args, store::SqliteDialect());
}

Status Store::TimeSeries(const EventFilter& f, const std::string& period, std::vector<SeriesPoint>* out,
                         const std::string& by) const {
  if (pg_) return pg_->TimeSeries(f, period, out, by);
  auto q = store::SeriesSql(f, period, store::SqliteDialect(), by);
  if (!q.ok()) return q.status();
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db_, q->text.c_str(), -1, &raw, nullptr) != SQLITE_OK) return SqlError(db_, "prepare series");
  Stmt st(raw);
  for (size_t i = 0; i < q->args.size(); ++i) Bind(st.get(), static_cast<int>(i + 1), q->args[i]);
  int rc;
  while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
    out->push_back({Col(st.get(), 0), sqlite3_column_int(st.get(), 1),
                    static_cast<size_t>(sqlite3_column_int64(st.get(), 2)), sqlite3_column_double(st.get(), 3),
                    Col(st.get(), 4)});
  if (rc != SQLITE_DONE) return SqlError(db_, "series");
  return Status::Ok();
}

Status Store::Query(const EventFilter& f, std::vector<StoredEvent>* out) const {
  if (pg_) return pg_->Query(f, out);
  store::Sql q = store::QuerySql(f, store::SqliteDialect());
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db_, q.text.c_str(), -1, &raw, nullptr) != SQLITE_OK) return SqlError(db_, "prepare query");
  Stmt st(raw);
  for (size_t i = 0; i < q.args.size(); ++i) Bind(st.get(), static_cast<int>(i + 1), q.args[i]);
  int rc;
  while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
    StoredEvent e;
    e.json = Col(st.get(), 0);
    e.doc_id = Col(st.get(), 1);
    e.date = Col(st.get(), 2);
    e.source = Col(st.get(), 3);
    e.target = Col(st.get(), 4);
    e.cameo = Col(st.get(), 5);
    e.location = Col(st.get(), 6);
    e.evidence = Col(st.get(), 7);
    e.goldstein = sqlite3_column_double(st.get(), 8);
    e.row_id = sqlite3_column_int64(st.get(), 9);
    e.url = Col(st.get(), 10);
    e.ingested_at = Col(st.get(), 11);
    e.num_mentions = sqlite3_column_int(st.get(), 12);
    e.num_sources = sqlite3_column_int(st.get(), 13);
    e.num_articles = sqlite3_column_int(st.get(), 14);
    store::RestoreEventJson(&e.json, Col(st.get(), 15));
    out->push_back(std::move(e));
  }
  if (rc != SQLITE_DONE) return SqlError(db_, "query");
  return Status::Ok();
}

Status Store::Count(size_t* documents, size_t* events) const {
  if (pg_) return pg_->Count(documents, events);
  for (auto [table, dest] : {std::pair{"documents", documents}, {"events", events}}) {
    sqlite3_stmt* raw = nullptr;
    std::string sql = std::string("SELECT count(*) FROM ") + table;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) return SqlError(db_, "count");
    Stmt st(raw);
    if (sqlite3_step(st.get()) != SQLITE_ROW) return SqlError(db_, "count");
    *dest = static_cast<size_t>(sqlite3_column_int64(st.get(), 0));
  }
  return Status::Ok();
}

}  // namespace dyad
