#include "store/pg_util.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace dyad::store::pg {

Status PgError(pg_conn* conn, const std::string& what, const PGresult* r) {
  std::string msg = r ? PQresultErrorMessage(r) : PQerrorMessage(conn);
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  return IoError("postgresql: " + what + ": " + msg);
}

std::vector<const char*> Params::Pointers() const {
  std::vector<const char*> p;
  for (const auto& v : values_) p.push_back(v ? v->c_str() : nullptr);
  return p;
}

namespace {

bool Ok(const PGresult* r) {
  ExecStatusType st = PQresultStatus(r);
  return st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
}

// The first words of a statement, to name it in messages.
std::string Head(const std::string& sql) { return sql.size() > 60 ? sql.substr(0, 60) + "..." : sql; }

}  // namespace

Result<PgResult> Run(pg_conn* conn, const std::string& sql, const Params& p) {
  auto ptrs = p.Pointers();
  PgResult r(PQexecParams(conn, sql.c_str(), p.size(), nullptr, ptrs.data(), nullptr, nullptr, 0));
  if (!Ok(r.get())) return PgError(conn, Head(sql), r.get());
  return r;
}

Result<PgResult> RunSql(pg_conn* conn, const std::string& sql, const std::vector<std::string>& args) {
  Params p;
  for (const auto& a : args) p.Raw(a);
  return Run(conn, sql, p);
}

Status Exec(pg_conn* conn, const char* sql) {
  PgResult r(PQexec(conn, sql));
  if (!Ok(r.get())) return PgError(conn, sql, r.get());
  return Status::Ok();
}

Result<std::vector<PgResult>> RunPipeline(pg_conn* conn, const std::vector<Statement>& statements) {
  std::vector<PgResult> results;
  if (PQenterPipelineMode(conn) != 1) return PgError(conn, "pipeline");
  size_t sent = 0;
  for (; sent < statements.size(); ++sent) {
    const Statement& s = statements[sent];
    auto ptrs = s.params.Pointers();
    if (PQsendQueryParams(conn, s.sql.c_str(), s.params.size(), nullptr, ptrs.data(), nullptr, nullptr, 0) != 1)
      break;
  }
  bool synced = PQpipelineSync(conn) == 1;
  Status error = sent < statements.size() || !synced ? PgError(conn, "pipeline send") : Status::Ok();
  // Every statement sent has one result and then a null; the sync has its own.
  for (size_t i = 0; i < sent; ++i) {
    PgResult r(PQgetResult(conn));
    if (!r || !Ok(r.get())) {
      if (error.ok()) error = PgError(conn, Head(statements[i].sql), r.get());
    }
    results.push_back(std::move(r));
    while (PGresult* extra = PQgetResult(conn)) PQclear(extra);
  }
  if (synced) PQclear(PQgetResult(conn));  // PGRES_PIPELINE_SYNC
  if (PQexitPipelineMode(conn) != 1 && error.ok()) error = PgError(conn, "pipeline end");
  if (!error.ok()) return error;
  return results;
}

void CopyRows::Separate() {
  if (!first_) data_ += '\t';
  first_ = false;
}

CopyRows& CopyRows::Text(std::string_view v) {
  v = v.substr(0, v.find('\0'));
  if (v.empty()) return Null();
  Separate();
  for (char c : v) {
    switch (c) {
      case '\\': data_ += "\\\\"; break;
      case '\t': data_ += "\\t"; break;
      case '\n': data_ += "\\n"; break;
      case '\r': data_ += "\\r"; break;
      default: data_ += c;
    }
  }
  return *this;
}

CopyRows& CopyRows::Int(long long v) {
  Separate();
  data_ += std::to_string(v);
  return *this;
}

CopyRows& CopyRows::Real(double v) {
  Separate();
  data_ += RealText(v);
  return *this;
}

CopyRows& CopyRows::Null() {
  Separate();
  data_ += "\\N";
  return *this;
}

Status Copy(pg_conn* conn, const std::string& target, const CopyRows& rows) {
  if (rows.empty()) return Status::Ok();
  const std::string sql = "COPY " + target + " FROM STDIN";
  {
    PgResult r(PQexec(conn, sql.c_str()));
    if (PQresultStatus(r.get()) != PGRES_COPY_IN) return PgError(conn, sql, r.get());
  }
  const std::string& data = rows.data();
  constexpr size_t kChunk = 1 << 20;
  bool sent = true;
  for (size_t at = 0; at < data.size() && sent; at += kChunk) {
    size_t n = std::min(kChunk, data.size() - at);
    sent = PQputCopyData(conn, data.data() + at, static_cast<int>(n)) == 1;
  }
  Status error = Status::Ok();
  if (PQputCopyEnd(conn, sent ? nullptr : "dyad: sending failed") != 1 || !sent) error = PgError(conn, sql);
  while (PGresult* raw = PQgetResult(conn)) {
    PgResult r(raw);
    if (!Ok(r.get()) && error.ok()) error = PgError(conn, sql, r.get());
  }
  return error;
}

std::string TextArray(const std::vector<std::string>& values) {
  std::string out = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ',';
    out += '"';
    for (char c : values[i]) {
      if (c == '\0') break;
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

std::string IntArray(const std::vector<long long>& values) {
  std::string out = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(values[i]);
  }
  return out + "}";
}

std::string RealText(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

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
std::string Text(const PGresult* r, int row, int col) {
  return std::string(PQgetvalue(r, row, col), PQgetlength(r, row, col));
}

const Dialect& PgDialect() {
  static const Dialect d{
      "e.document IN (SELECT id FROM documents WHERE fts @@ websearch_to_tsquery('simple', ?))",
      // SQLite's %W: weeks start on Monday, days before the first Monday are week 00.
      "to_char(%s::date, 'YYYY') || '-W' || lpad(((extract(doy FROM %s::date)::int + 6 - "
      "((extract(dow FROM %s::date)::int + 6) % 7)) / 7)::text, 2, '0')",
      "e.date COLLATE \"C\" NULLS FIRST"};
  return d;
}

}  // namespace dyad::store::pg
