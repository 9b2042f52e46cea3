#include "run_inputs.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "dyad/reader.h"
#include "progress.h"

namespace dyad::cli {

std::string RunCounts::Rate() const {
  char buf[64];
  std::snprintf(buf, sizeof buf, "; %.1f s, %.0f documents/s", seconds, seconds > 0 ? documents / seconds : 0.0);
  return buf;
}

RunCounts RunInputs(const Coder& coder, const RunOptions& opt, const BatchSink& sink, const char* command) {
  const auto start = std::chrono::steady_clock::now();
  unsigned jobs = std::max(1u, opt.jobs);
  std::vector<CoderScratchPtr> scratch;
  for (unsigned i = 0; i < jobs; ++i) scratch.push_back(coder.NewScratch());
  RunCounts counts;
  std::vector<std::string> inputs = opt.inputs.empty() ? std::vector<std::string>{"-"} : opt.inputs;
  Progress progress(!opt.quiet, opt.quiet ? 0 : DocumentReader::InputSize(inputs));
  DocumentReader reader;
  std::vector<Document> docs;
  std::vector<PreparedDocument> pending;  // the batch the sink thread works on
  std::thread sink_thread;
  auto report = [&](const Status& s) {
    ++counts.failed;
    std::cerr << "dyad " << command << ": skipped record: " << s.ToString() << "\n";
  };
  auto flush = [&]() {
    std::vector<PreparedDocument> coded(docs.size());
    std::vector<Status> statuses(docs.size());
    std::atomic<size_t> next{0};
    auto work = [&](unsigned w) {
      for (size_t i; (i = next.fetch_add(1)) < docs.size();) {
        statuses[i] = coder.Code(docs[i], *scratch[w], &coded[i].coded);
        coded[i].doc = std::move(docs[i]);
        if (statuses[i].ok() && opt.prepare_for_store) Store::Prepare(&coded[i]);
      }
    };
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < jobs; ++w) threads.emplace_back(work, w);
    work(0);
    for (auto& t : threads) t.join();
    std::vector<PreparedDocument> batch;
    for (size_t i = 0; i < docs.size(); ++i) {
      counts.bytes += coded[i].doc.content.size();
      if (!statuses[i].ok()) { report(statuses[i]); continue; }
      ++counts.documents;
      const CodedDocument& c = coded[i].coded;
      if (!c.notes.empty()) {
        ++counts.no_lexicon;
        if (!opt.quiet) std::cerr << "dyad " << command << ": " << coded[i].doc.origin << ": " << c.notes.front() << "\n";
      }
      counts.events += c.events.size();
      batch.push_back(std::move(coded[i]));
    }
    docs.clear();
    // The sink (printing, storing) runs on its own thread while the next batch
    // is read and coded; batches reach it in input order.
    if (sink_thread.joinable()) sink_thread.join();
    pending = std::move(batch);
    sink_thread = std::thread([&sink, &pending]() { sink(pending); });
    progress.Update(counts.documents, counts.events, counts.bytes, reader.input_bytes_read());
  };
  for (const std::string& in : inputs) {
    Status s = reader.Read(
        in,
        [&](Document&& d) {
          if (!opt.lang.empty() && d.lang.empty()) d.lang = opt.lang;
          docs.push_back(std::move(d));
          if (docs.size() >= opt.batch * jobs) flush();
        },
        report);
    if (!s.ok()) report(s);
  }
  flush();
  if (sink_thread.joinable()) sink_thread.join();
  progress.Update(counts.documents, counts.events, counts.bytes, reader.input_bytes_read(), true);
  counts.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return counts;
}

}  // namespace dyad::cli
