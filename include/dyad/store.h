// dyad/store.h — the event store: embedded (SQLite, WAL) or PostgreSQL.
//
//   auto store = dyad::Store::Open("dyad.db");        // creates or migrates the schema
//   // or Store::Open("postgresql://user:pw@host/db"): the same schema and semantics
//   store->Add(batch);                                // one transaction per batch
//   std::vector<dyad::StoredEvent> rows;
//   store->Query(filter, &rows);
//
// A document is stored once: a second copy with the same URL or the same
// content hash is skipped (Add reports how many were new), so ingesting the
// same files twice leaves the store as it was. Near-duplicate documents (the
// same story from several outlets, by SimHash) form one story, and an event
// the story's documents report again is one event with a mention per
// document (GDELT's NumMentions, NumSources, NumArticles). A batch is one transaction:
// after a crash the store holds whole batches only.
// Thread-safety: one Store per thread (one SQLite or PostgreSQL connection).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/status.h"

struct sqlite3;

namespace dyad {
namespace store { class PgStore; }

struct EventFilter {
  std::string country;        // either side: a country (3 letters) or a full actor code
  std::string source, target; // country (3 letters, e.g. MAR) or full actor code (MARGOV) on that side
  bool either_direction = false;  // with source and target: the dyad in both directions
  std::string root, code, plover_type, lang;
  int quad_class = 0;
  std::string from, to;       // dates, inclusive (YYYY-MM-DD)
  std::string location_country;
  std::string sector;         // either side: an actor sector (GOV, MIL, COP, REB ...)
  std::string actor;          // either side: a full actor code (MARGOV) or a person's name (any case)
  std::string place;          // the event's place name as stored (any case), e.g. Rabat
  std::string text;           // full-text query over the documents (SQLite FTS5 syntax)
  size_t limit = 1000;        // results are bounded
};

struct StoredEvent {
  int64_t row_id = 0;  // stable id in this store (GDELT's GLOBALEVENTID)
  std::string json;  // the event's JSONL record as `dyad code` prints it
  std::string url, ingested_at;  // of its first document; ingested_at is UTC YYYYMMDDHHMMSS
  int num_mentions = 1, num_sources = 1, num_articles = 1;  // over every document of its story
  std::string doc_id, date, source, target, cameo, location, evidence;
  double goldstein = 0;
};

// One row of a time series: events of one period and quad class.
struct SeriesPoint {
  std::string period;  // "2024-04-22" (day), "2024-W17" (week), "2024-04" (month)
  int quad_class = 0;
  size_t events = 0;
  double mean_goldstein = 0;
  std::string group;   // with a grouping: "MAR-FRA" (dyad), "MAR" (source or target country); "" when unknown
};

// A coded document made ready for the store: everything that needs no
// database (content hash, SimHash, site, each event's JSON line) is computed by
// Store::Prepare, which is thread-safe, so coding threads can do it and the
// store's single writer only binds values.
struct PreparedDocument {
  Document doc;
  CodedDocument coded;
  bool prepared = false;
  std::string content_hash, domain;
  uint64_t simhash = 0;
  std::vector<std::string> event_json;  // coded.events[i] as stored (store/event_json.h)
};

// ---- Types of the read views (issue #6) ----
// A selection: an EventFilter plus lists and paging that rules and the API need.
struct EventSelection {
  EventFilter filter;
  std::vector<std::string> roots;              // any of these CAMEO roots
  std::vector<std::string> located_in;         // any of these location countries
  std::vector<std::string> countries;          // any of these countries on either side
  std::vector<std::string> actor_names;        // a canonical person name on either side
  int64_t after_id = 0;                        // only events with a larger row id
  size_t offset = 0;                           // page start (limit is filter.limit)
};

struct EventRow {
  int64_t row_id = 0, document = 0;  // event and (first) document row ids
  std::string json;                  // the event's JSONL record
  std::string date, doc_id, url, title;
  int num_mentions = 1, num_sources = 1, num_articles = 1;
};

struct CountRow {
  std::string key;
  size_t events = 0;
  double mean_goldstein = 0;
};

struct PlaceRow {
  std::string name, country;
  double lat = 0, lon = 0;
  size_t events = 0;
};

// An event as reported by one document: the evidence span is this document's.
struct DocumentEvent {
  int64_t row_id = 0;
  std::string json;                 // the event's record (its spans are its first document's)
  bool first_document = false;      // json's spans point into this document
  int64_t evidence_start = 0, evidence_end = 0;
};

struct StoredDocument {
  int64_t id = 0;
  std::string doc_id, url, title, published, lang, origin, ingested_at, content;
  std::vector<DocumentEvent> events;
};

struct SearchHit {
  int64_t id = 0;
  std::string doc_id, title, url, published, lang, snippet;
  size_t events = 0;
};

struct StoreOverview {
  size_t documents = 0, events = 0;
  std::string first_date, last_date;
  std::vector<CountRow> languages, countries;  // events per language / per country on either side
};

struct StoredRule {
  int64_t id = 0;
  std::string name, spec, created_at;
};
// ---- end of types of the read views ----

struct AddReport {
  size_t documents_new = 0, documents_seen = 0, documents_in_known_story = 0, events = 0, mentions = 0;
};

struct StoreOptions {
  // A new document joins a story only among the `story_window` most recent
  // stories (story ids above the last id minus the window), so that the
  // SQLite writer's in-memory story index is bounded: about 80 bytes a story,
  // ~160 MB at the default. Copies of a story arrive within days; 2 million
  // stories is months of a large crawl.
  int64_t story_window = 2'000'000;
};

class Store {
 public:
  static constexpr int kSchemaVersion = 11;
  // A file path opens (or creates) a SQLite store; a postgres:// or
  // postgresql:// URI (libpq syntax) connects to a PostgreSQL database.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options = {});
  static bool IsPostgresUri(const std::string& path_or_uri);
  // The path or URI to show in messages (a URI's password as ***).
  static std::string Redacted(const std::string& path_or_uri);
  ~Store();
  // Stores documents with their coded events in one transaction.
  Status Add(const std::vector<std::pair<Document, CodedDocument>>& batch, AddReport* report);
  // The same for prepared documents (those not yet prepared are prepared here).
  Status Add(std::vector<PreparedDocument>& batch, AddReport* report);
  static void Prepare(PreparedDocument* d);
  Status Query(const EventFilter& filter, std::vector<StoredEvent>* out) const;
  Status Count(size_t* documents, size_t* events) const;
  // Events matching `filter` counted per period ("day", "week", "month") and
  // quad class, with their mean Goldstein score; ordered by period.
  // With `by` ("dyad", "source" or "target"), per directed country dyad or country as well.
  Status TimeSeries(const EventFilter& filter, const std::string& period, std::vector<SeriesPoint>* out,
                    const std::string& by = "") const;

  // ---- Read views for the HTTP API, and watch rules (issue #6; src/store/sqlite_views.cc) ----
  // Events matching a selection, ordered by (date, id), one page of it.
  Status Select(const EventSelection& selection, std::vector<EventRow>* out) const;
  // Events per actor code or country (`by` = "actor", "country" or "location"), most first.
  Status Top(const EventFilter& filter, const std::string& by, size_t limit, std::vector<CountRow>* out) const;
  // Located events grouped by place, most first.
  Status Places(const EventFilter& filter, size_t limit, std::vector<PlaceRow>* out) const;
  // A stored document (by its row id) and the events it reports with their spans in it.
  Status GetDocument(int64_t id, StoredDocument* out) const;
  // Documents matching a full-text query (FTS5 syntax), best first.
  Status Search(const std::string& query, size_t limit, std::vector<SearchHit>* out) const;
  // Languages, countries and the date range in the store (for the dashboard's filters).
  Status Overview(StoreOverview* out) const;
  // The highest event row id: events added later have larger ids.
  Status MaxEventId(int64_t* out) const;
  // Watch rules: a name and a JSON specification (see dyad/watch.h).
  Status AddRule(const std::string& name, const std::string& spec, int64_t* id);
  Status Rules(std::vector<StoredRule>* out) const;
  Status DeleteRule(int64_t id, bool* deleted);
  // Refuses every write on this connection (SQLite query_only).
  Status SetReadOnly(bool read_only);
  // ---- end of read views ----

 private:
  struct Writer;  // the writer's prepared statements, kept between batches
  explicit Store(sqlite3* db);
  Status Exec(const char* sql) const;
  Status ForeignKeysValid() const;  // PRAGMA foreign_key_check finds nothing
  // WHERE clause (" AND ...") and its arguments for a filter.
  static std::string Where(const EventFilter& f, std::vector<std::string>* args);
  StoreOptions options_;
  sqlite3* db_;  // null when the store is PostgreSQL
  std::unique_ptr<Writer> writer_;
  std::unique_ptr<store::PgStore> pg_;  // set when the store is PostgreSQL
};

}  // namespace dyad
