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
  std::vector<std::string> event_json;  // EventToJsonLine of coded.events[i]
};

struct AddReport {
  size_t documents_new = 0, documents_seen = 0, documents_in_known_story = 0, events = 0, mentions = 0;
};

class Store {
 public:
  static constexpr int kSchemaVersion = 7;
  // A file path opens (or creates) a SQLite store; a postgres:// or
  // postgresql:// URI (libpq syntax) connects to a PostgreSQL database.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
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
  Status TimeSeries(const EventFilter& filter, const std::string& period, std::vector<SeriesPoint>* out) const;

 private:
  struct Writer;  // the writer's prepared statements, kept between batches
  explicit Store(sqlite3* db);
  Status Exec(const char* sql) const;
  // WHERE clause (" AND ...") and its arguments for a filter.
  static std::string Where(const EventFilter& f, std::vector<std::string>* args);
  sqlite3* db_;  // null when the store is PostgreSQL
  std::unique_ptr<Writer> writer_;
  std::unique_ptr<store::PgStore> pg_;  // set when the store is PostgreSQL
};

}  // namespace dyad
