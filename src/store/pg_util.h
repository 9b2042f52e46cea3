// libpq helpers shared by the PostgreSQL store's writer (pg_store.cc) and its
// read views (pg_views.cc): results, parameters, COPY rows, pipelines.
#pragma once

#include <libpq-fe.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "store/sql_query.h"

namespace dyad::store::pg {

struct ResultCloser { void operator()(PGresult* r) const { PQclear(r); } };
using PgResult = std::unique_ptr<PGresult, ResultCloser>;

Status PgError(pg_conn* conn, const std::string& what, const PGresult* r = nullptr);

// Parameters as libpq wants them: text values, null pointers for SQL NULL
// (an empty string is NULL, as the SQLite store binds it).
class Params {
 public:
  Params& Text(const std::string& v) {
    values_.push_back(v.empty() ? std::nullopt : std::optional<std::string>(v));
    return *this;
  }
  Params& Int(long long v) { return Raw(std::to_string(v)); }
  Params& Raw(std::string v) { values_.emplace_back(std::move(v)); return *this; }
  std::vector<const char*> Pointers() const;
  int size() const { return static_cast<int>(values_.size()); }

 private:
  std::vector<std::optional<std::string>> values_;
};

// One SQL statement with its parameters; the result must be COMMAND_OK or TUPLES_OK.
Result<PgResult> Run(pg_conn* conn, const std::string& sql, const Params& p);
// The same with every argument a non-null text (the shared query builder's).
Result<PgResult> RunSql(pg_conn* conn, const std::string& sql, const std::vector<std::string>& args);
Status Exec(pg_conn* conn, const char* sql);

struct Statement {
  std::string sql;
  Params params;
};
// Runs statements in libpq's pipeline mode: one round trip for all. On an
// error the first one is returned (the later statements are not run).
Result<std::vector<PgResult>> RunPipeline(pg_conn* conn, const std::vector<Statement>& statements);

// Rows in COPY's text format. Values are cut at a NUL byte (as libpq's C
// strings cut them); an empty text is NULL, as Params::Text binds it.
class CopyRows {
 public:
  CopyRows& Text(std::string_view v);
  CopyRows& Int(long long v);
  CopyRows& Real(double v);
  CopyRows& Null();
  void EndRow() { data_ += '\n'; first_ = true; }
  const std::string& data() const { return data_; }
  bool empty() const { return data_.empty(); }

 private:
  void Separate();
  std::string data_;
  bool first_ = true;
};
// COPY `target` ("table(columns)") FROM STDIN with these rows.
Status Copy(pg_conn* conn, const std::string& target, const CopyRows& rows);

// An array literal ('{"a","b"}') for one parameter: elements double-quoted.
std::string TextArray(const std::vector<std::string>& values);
std::string IntArray(const std::vector<long long>& values);
std::string RealText(double v);

// ? placeholders (as the shared query builder writes them) to $1, $2, ...
std::string Numbered(const std::string& sql);

long long Int(const PGresult* r, int row, int col);
double Real(const PGresult* r, int row, int col);
std::string Text(const PGresult* r, int row, int col);

// Full text and week numbers in PostgreSQL (sql_query.h).
const Dialect& PgDialect();

}  // namespace dyad::store::pg
