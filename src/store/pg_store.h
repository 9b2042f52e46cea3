// The PostgreSQL backend of dyad::Store (libpq): the SQLite store's schema
// and semantics (docs/store.md lists the differences), parameterised SQL only.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"

struct pg_conn;

namespace dyad::store {

class PgStore {
 public:
  static constexpr int kSchemaVersion = Store::kSchemaVersion;
  // `uri`: postgresql://user:password@host:port/database?options (libpq).
  static Result<std::unique_ptr<PgStore>> Open(const std::string& uri);
  ~PgStore();
  Status Add(std::vector<PreparedDocument>& batch, AddReport* report);
  Status Query(const EventFilter& filter, std::vector<StoredEvent>* out) const;
  Status Count(size_t* documents, size_t* events) const;
  Status TimeSeries(const EventFilter& filter, const std::string& period, std::vector<SeriesPoint>* out) const;

 private:
  explicit PgStore(pg_conn* conn) : conn_(conn) {}
  Status Migrate();
  pg_conn* conn_;
};

// The URI with its password replaced by "***", for messages.
std::string RedactUri(const std::string& uri);

}  // namespace dyad::store
