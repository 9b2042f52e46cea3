// dyad/status.h — errors as values.
//
// Everything that bad input can cause is reported through Status or Result<T>,
// never by exit, abort or an escaping exception. A Status says *where* (file,
// line, field) and *what* (a message, with the offending bytes quoted), so a
// person can find and fix the record:
//
//   dyad::Result<Lexicon> lex = dyad::Lexicon::Load("build/dyad.lex");
//   if (!lex.ok()) { std::cerr << lex.status().ToString() << "\n"; return 1; }
//
// Thread-safety: values; copy freely.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace dyad {

enum class StatusCode { kOk = 0, kInvalidInput, kNotFound, kLimitExceeded, kIoError, kVersionMismatch, kInternal };

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return {}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& file() const { return file_; }
  long line() const { return line_; }
  const std::string& field() const { return field_; }

  // Adds location context; returns *this for chaining.
  Status& At(std::string file, long line = 0, std::string field = {}) {
    file_ = std::move(file);
    line_ = line;
    field_ = std::move(field);
    return *this;
  }
  // "file:line: field: message" with the parts that are known.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::string file_;
  long line_ = 0;
  std::string field_;
};

inline Status InvalidInput(std::string m) { return {StatusCode::kInvalidInput, std::move(m)}; }
inline Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status LimitExceeded(std::string m) { return {StatusCode::kLimitExceeded, std::move(m)}; }
inline Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }

// Quotes at most `max` bytes of `bytes` for an error message, escaping
// control and non-ASCII bytes as \xNN so the message itself stays valid UTF-8.
std::string QuoteBytes(std::string_view bytes, size_t max = 40);

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}  // NOLINT
  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace dyad

#define DYAD_RETURN_IF_ERROR(expr)              \
  do {                                          \
    ::dyad::Status dyad_status_ = (expr);       \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)

#define DYAD_CONCAT_INNER(a, b) a##b
#define DYAD_CONCAT(a, b) DYAD_CONCAT_INNER(a, b)
#define DYAD_ASSIGN_OR_RETURN(lhs, expr) DYAD_ASSIGN_OR_RETURN_IMPL(DYAD_CONCAT(dyad_result_, __LINE__), lhs, expr)
#define DYAD_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                               \
  if (!tmp.ok()) return tmp.status();              \
  lhs = std::move(tmp).value()
