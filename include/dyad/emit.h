// dyad/emit.h — events out: JSONL (one object per event), CSV, TSV, or an
// aligned table for people.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/coder.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

enum class OutputFormat { kJsonl, kTable, kCsv, kTsv };

Result<OutputFormat> ParseOutputFormat(std::string_view name);

// One CSV (RFC 4180 quoting) or TSV (tabs and line breaks in a cell become
// spaces) line, with its newline; other formats are not delimited.
std::string DelimitedRow(const std::vector<std::string>& cells, OutputFormat format);

// The JSONL record of one event (field list in docs/output.md).
nlohmann::ordered_json EventToJson(const Event& e);
// The same record written directly as one line of JSON (no trailing newline):
// what `dyad code` prints and the store keeps; several times faster.
std::string EventToJsonLine(const Event& e);

class EventWriter {
 public:
  EventWriter(std::ostream& out, OutputFormat format) : out_(out), format_(format) {}
  void Write(const CodedDocument& doc);
  // Tables are aligned over all rows, so they are printed here.
  void Finish();

 private:
  std::vector<std::string> Row(const Event& e) const;
  std::ostream& out_;
  OutputFormat format_;
  bool header_done_ = false;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace dyad
