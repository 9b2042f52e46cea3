// dyad/eval.h — precision, recall and F1 of the coder against gold JSONL
// (format: tests/gold/README.md). An event matches on (source, target, CAMEO
// root); a symmetric gold event matches either direction, counted once.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/status.h"

namespace dyad {

struct Score {
  size_t tp = 0, fp = 0, fn = 0, docs = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 1.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  void Add(const Score& o) { tp += o.tp; fp += o.fp; fn += o.fn; docs += o.docs; }
};

// When and where, over gold events that matched a coded one (gold fields
// `event_date` and `place`; records without them are not counted).
struct WhenWhereScore {
  size_t dated = 0, date_right = 0;        // gold event_date given; coded date equal at its precision
  size_t placed = 0, place_right = 0;      // gold names a place; coded location in it
  size_t unplaced = 0, unplaced_right = 0; // gold place null; coded event without location
  void Add(const WhenWhereScore& o) {
    dated += o.dated; date_right += o.date_right; placed += o.placed; place_right += o.place_right;
    unplaced += o.unplaced; unplaced_right += o.unplaced_right;
  }
};

struct EvalReport {
  std::map<std::string, WhenWhereScore> when_where_by_lang;
  WhenWhereScore when_where;
  std::map<std::string, Score> by_lang;
  std::map<std::string, Score> by_root;  // over all languages
  Score overall;
  std::vector<std::string> misses;  // "id: missed MAR->FRA 04" / "id: extra ..." lines
  std::vector<Status> errors;       // bad gold records (skipped)
};

// Codes every gold document and scores it. Fails only if the file cannot be read.
Status Evaluate(const Coder& coder, const std::string& gold_path, EvalReport* report);

}  // namespace dyad
