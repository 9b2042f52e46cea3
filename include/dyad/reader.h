// dyad/reader.h — documents from files: .txt, .html/.htm, .jsonl, .warc (news
// crawls: response records carrying HTML), each also compressed (.gz, .zst),
// directories of those, or "-" for standard input (format sniffed).
//
// Bad records never stop a read: each one is handed to `on_error` with its
// file, line and reason, and reading goes on with the next record.
//
//   dyad::DocumentReader reader;
//   reader.Read("feed.jsonl", [](dyad::Document&& d) { ... },
//               [](const dyad::Status& s) { std::cerr << s.ToString() << "\n"; });
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

namespace read { class LineReader; }

using DocumentSink = std::function<void(Document&&)>;
using ErrorSink = std::function<void(const Status&)>;

class DocumentReader {
 public:
  explicit DocumentReader(Limits limits = {}) : limits_(limits) {}
  // Returns non-ok only when `path` itself cannot be read at all.
  Status Read(const std::string& path, const DocumentSink& on_doc, const ErrorSink& on_error) const;
  // The input files `paths` name (folders listed as Read lists them) and
  // their total size in bytes, compressed ones as stored; 0 when one of them
  // is standard input, whose size is unknown.
  static uint64_t InputSize(const std::vector<std::string>& paths);
  // Bytes of the input files read so far, against InputSize: for progress
  // and ETA. Updated after each document; read it on the thread that reads.
  uint64_t input_bytes_read() const { return input_bytes_read_; }
  // One JSONL record: {"id","text"|"html","title","url","published","lang"}.
  Result<Document> FromJsonLine(std::string_view line, const std::string& file, long line_number) const;

 private:
  Status ReadFile(const std::string& path, const DocumentSink& emit, const ErrorSink& on_error) const;
  Status ReadJsonl(read::LineReader& lines, const std::string& name, const DocumentSink& on_doc,
                   const ErrorSink& on_error, std::string* first) const;
  Status ReadWarc(read::LineReader& lines, const std::string& name, const DocumentSink& on_doc,
                  const ErrorSink& on_error) const;
  Status CheckText(std::string_view bytes) const;
  Limits limits_;
  mutable uint64_t input_bytes_read_ = 0;
};

}  // namespace dyad
