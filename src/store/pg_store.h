// The PostgreSQL backend of dyad::Store (libpq): the SQLite store's schema
// and semantics (docs/store.md lists the differences), parameterised SQL only.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"
#include "store/pg_util.h"

namespace dyad::store {

class PgStore {
 public:
  static constexpr int kSchemaVersion = Store::kSchemaVersion;
  // `uri`: postgresql://user:password@host:port/database?options (libpq).
  static Result<std::unique_ptr<PgStore>> Open(const std::string& uri, const StoreOptions& options);
  ~PgStore();
  Status Add(std::vector<PreparedDocument>& batch, AddReport* report);
  Status Query(const EventFilter& filter, std::vector<StoredEvent>* out) const;
  Status Count(size_t* documents, size_t* events) const;
  Status TimeSeries(const EventFilter& filter, const std::string& period, std::vector<SeriesPoint>* out,
                    const std::string& by) const;
  // The read views and watch rules of dyad::Store (pg_views.cc).
  Status Select(const EventSelection& selection, std::vector<EventRow>* out) const;
  Status Top(const EventFilter& filter, const std::string& by, size_t limit, std::vector<CountRow>* out) const;
  Status Places(const EventFilter& filter, size_t limit, std::vector<PlaceRow>* out) const;
  Status GetDocument(int64_t id, StoredDocument* out) const;
  Status Search(const std::string& query, size_t limit, std::vector<SearchHit>* out) const;
  Status Overview(StoreOverview* out) const;
  Status MaxEventId(int64_t* out) const;
  Status AddRule(const std::string& name, const std::string& spec, int64_t* id);
  Status Rules(std::vector<StoredRule>* out) const;
  Status DeleteRule(int64_t id, bool* deleted);
  Status SetReadOnly(bool read_only);

 private:
  PgStore(pg_conn* conn, const StoreOptions& options) : conn_(conn), options_(options) {}
  Status Migrate();
  // A statement with ? placeholders and non-null text arguments.
  Result<pg::PgResult> Read(const std::string& sql, const std::vector<std::string>& args) const;
  pg_conn* conn_;
  StoreOptions options_;
};

// The URI with its password replaced by "***", for messages.
std::string RedactUri(const std::string& uri);

}  // namespace dyad::store
