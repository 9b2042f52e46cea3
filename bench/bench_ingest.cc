// Ingest benchmark: what the store adds to coding, measured without the two
// competing for the cores. The corpus is read and coded first (one thread,
// its CPU time is the coding cost C), then written into a new SQLite store
// by Store::Add in batches, as `dyad ingest` does (its CPU time is the
// writer's cost W). Issue #5 asks ingest for >= 80% of coding throughput,
// which on cores that coding keeps busy needs P + W <= (C + E) / 4, where
// E is the printing that `dyad code` does and P the rows `dyad ingest` prepares.
//
//   build/bench/dyad_bench_ingest --lexicon build/dyad.lex --corpus c10k.jsonl [--rounds 5] [--batch 1024]
//
// Prints C, each round's W, and the median W / C.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include <sstream>

#include "dyad/coder.h"
#include "dyad/emit.h"
#include "dyad/lexicon.h"
#include "dyad/reader.h"
#include "dyad/store.h"

namespace {

double ThreadCpu() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + 1e-9 * t.tv_nsec;
}

}  // namespace

int main(int argc, char** argv) {
  std::string lexicon = "build/dyad.lex", corpus, db = "/tmp/dyad_bench_ingest.db";
  int rounds = 5;
  size_t batch_size = 1024;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--lexicon") lexicon = argv[i + 1];
    else if (a == "--corpus") corpus = argv[i + 1];
    else if (a == "--db") db = argv[i + 1];
    else if (a == "--rounds") rounds = std::stoi(argv[i + 1]);
    else if (a == "--batch") batch_size = std::stoul(argv[i + 1]);
  }
  if (corpus.empty()) { std::fprintf(stderr, "usage: dyad_bench_ingest --lexicon L --corpus FILE.jsonl\n"); return 2; }
  auto lex = dyad::Lexicon::Load(lexicon);
  if (!lex.ok()) { std::fprintf(stderr, "%s\n", lex.status().ToString().c_str()); return 1; }
  dyad::Coder coder(lex.value());
  std::vector<dyad::Document> docs;
  dyad::DocumentReader reader;
  dyad::Status read = reader.Read(corpus, [&](dyad::Document&& d) { docs.push_back(std::move(d)); },
                                  [](const dyad::Status& s) { std::fprintf(stderr, "%s\n", s.ToString().c_str()); });
  if (!read.ok()) { std::fprintf(stderr, "%s\n", read.ToString().c_str()); return 1; }

  auto scratch = coder.NewScratch();
  std::vector<dyad::PreparedDocument> coded(docs.size());
  dyad::CodedDocument warm;  // a first pass brings the lexicon's pages in
  for (const auto& d : docs) (void)coder.Code(d, *scratch, &warm);
  double t0 = ThreadCpu();
  size_t events = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (!coder.Code(docs[i], *scratch, &coded[i].coded).ok()) continue;
    coded[i].doc = docs[i];
    events += coded[i].coded.events.size();
  }
  double code_cpu = ThreadCpu() - t0;
  t0 = ThreadCpu();
  for (auto& d : coded) dyad::Store::Prepare(&d);
  double prepare_cpu = ThreadCpu() - t0;
  // What `dyad code` does instead of storing: print each event's JSON line.
  t0 = ThreadCpu();
  {
    std::ostringstream sink;
    dyad::EventWriter out(sink, dyad::OutputFormat::kJsonl);
    for (const auto& d : coded) out.Write(d.coded);
    out.Finish();
  }
  double emit_cpu = ThreadCpu() - t0;
  std::printf("%zu documents, %zu events: coding C = %.3f s; then `code` prints (E = %.3f s) where `ingest` prepares "
              "rows on the coding threads (P = %.3f s)\n",
              docs.size(), events, code_cpu, emit_cpu, prepare_cpu);

  std::vector<double> writer;
  for (int r = 0; r < rounds; ++r) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((db + suffix).c_str());
    auto store = dyad::Store::Open(db);
    if (!store.ok()) { std::fprintf(stderr, "%s\n", store.status().ToString().c_str()); return 1; }
    dyad::AddReport report;
    double w = 0;
    for (size_t b = 0; b < coded.size(); b += batch_size) {
      std::vector<dyad::PreparedDocument> batch(coded.begin() + b, coded.begin() + std::min(coded.size(), b + batch_size));
      t0 = ThreadCpu();
      dyad::Status s = store.value()->Add(batch, &report);
      w += ThreadCpu() - t0;
      if (!s.ok()) { std::fprintf(stderr, "%s\n", s.ToString().c_str()); return 1; }
    }
    writer.push_back(w);
    std::printf("round %d: writer W = %.3f s (%zu documents, %zu events stored)\n", r + 1, w, report.documents_new,
                report.events);
  }
  std::sort(writer.begin(), writer.end());
  double median = writer[writer.size() / 2];
  double code = code_cpu + emit_cpu, ingest = code_cpu + prepare_cpu + median;
  std::printf("median W = %.3f s; (C + E) / (C + P + W) = %.0f%%: ingest's throughput relative to code's when both "
              "keep every core busy\n", median, 100.0 * code / ingest);
  return 0;
}
