// Shared by `code` and `ingest`: read inputs, code them on N threads in
// batches, hand each coded batch (in input order) to a sink.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/store.h"

namespace dyad::cli {

struct RunOptions {
  std::vector<std::string> inputs;  // files, folders, "-"
  std::string lang;                 // for documents that do not say
  unsigned jobs = 1;
  size_t batch = 64;                // documents per thread per batch
  bool quiet = false;
  bool prepare_for_store = false;   // run Store::Prepare on the coding threads
};

struct RunCounts {
  size_t documents = 0, events = 0, failed = 0, no_lexicon = 0, bytes = 0;
  double seconds = 0;  // from the first read to the last batch handled by the sink
  // "; 2.8 s, 3571 documents/s" for the final summary lines.
  std::string Rate() const;
};

using BatchSink = std::function<void(std::vector<PreparedDocument>& batch)>;

// Bad records are reported on stderr and counted in `failed`. The sink runs
// on one background thread, one batch at a time, in input order.
RunCounts RunInputs(const Coder& coder, const RunOptions& options, const BatchSink& sink, const char* command);

}  // namespace dyad::cli
