#include <atomic>
#include <fstream>
#include <iostream>
#include <thread>

#include "commands.h"
#include "dyad/coder.h"
#include "dyad/emit.h"
#include "dyad/lexicon.h"
#include "dyad/reader.h"
#include "progress.h"

namespace dyad::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string lexicon;
  std::string lang;
  std::string output = "-";
  unsigned jobs = 1;
  bool quiet = false;
};

int RunCode(const CodeArgs& args) {
  auto format = ParseOutputFormat(args.format);
  if (!format.ok()) { std::cerr << "dyad code: " << format.status().ToString() << "\n"; return 2; }
  std::string lex_path = args.lexicon.empty() ? DefaultLexiconPath() : args.lexicon;
  auto lex = Lexicon::Load(lex_path);
  if (!lex.ok()) { std::cerr << "dyad code: " << lex.status().ToString() << "\n"; return 2; }
  Coder coder(lex.value());
  std::ofstream file;
  if (args.output != "-") {
    file.open(args.output);
    if (!file) { std::cerr << "dyad code: cannot write " << args.output << "\n"; return 2; }
  }
  std::ostream& out = args.output == "-" ? std::cout : file;
  EventWriter writer(out, format.value());

  unsigned jobs = std::max(1u, args.jobs);
  std::vector<CoderScratchPtr> scratch;
  for (unsigned i = 0; i < jobs; ++i) scratch.push_back(coder.NewScratch());
  size_t docs = 0, events = 0, failed = 0, skipped = 0, bytes = 0;
  Progress progress(!args.quiet);
  std::vector<Document> batch;
  std::vector<CodedDocument> coded;
  std::vector<Status> statuses;

  auto report = [&](const Status& s) {
    ++failed;
    std::cerr << "dyad code: skipped record: " << s.ToString() << "\n";
  };
  auto flush = [&]() {
    coded.assign(batch.size(), {});
    statuses.assign(batch.size(), Status::Ok());
    std::atomic<size_t> next{0};
    auto work = [&](unsigned w) {
      for (size_t i; (i = next.fetch_add(1)) < batch.size();)
        statuses[i] = coder.Code(batch[i], *scratch[w], &coded[i]);
    };
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < jobs; ++w) threads.emplace_back(work, w);
    work(0);
    for (auto& t : threads) t.join();
    for (size_t i = 0; i < batch.size(); ++i) {
      bytes += batch[i].content.size();
      if (!statuses[i].ok()) { report(statuses[i]); continue; }
      ++docs;
      if (!coded[i].notes.empty()) {
        ++skipped;
        if (!args.quiet) std::cerr << "dyad code: " << batch[i].origin << ": " << coded[i].notes.front() << "\n";
      }
      events += coded[i].events.size();
      writer.Write(coded[i]);
    }
    batch.clear();
    progress.Update(docs, events, bytes);
  };

  DocumentReader reader;
  std::vector<std::string> inputs = args.inputs.empty() ? std::vector<std::string>{"-"} : args.inputs;
  for (const std::string& in : inputs) {
    Status s = reader.Read(
        in,
        [&](Document&& d) {
          if (!args.lang.empty() && d.lang.empty()) d.lang = args.lang;
          batch.push_back(std::move(d));
          if (batch.size() >= 64u * jobs) flush();
        },
        report);
    if (!s.ok()) report(s);
  }
  flush();
  writer.Finish();
  progress.Update(docs, events, bytes, true);
  std::cerr << "dyad code: " << docs << " documents coded, " << events << " events, " << failed
            << " records failed, " << skipped << " documents without a lexicon for their language\n";
  return failed ? 1 : 0;
}

}  // namespace

Runner RegisterCode(CLI::App& app) {
  auto* cmd = app.add_subcommand("code", "Code news documents (.txt, .html, .jsonl, folders, - for stdin) into events");
  auto args = std::make_shared<CodeArgs>();
  cmd->add_option("inputs", args->inputs, "files or folders; - or nothing reads standard input");
  cmd->add_option("--format,-f", args->format, "jsonl, table, csv or tsv")->capture_default_str();
  cmd->add_option("--lexicon", args->lexicon, "compiled lexicon (default: dyad.lex beside the binary)");
  cmd->add_option("--lang", args->lang, "language of documents that do not say (default: identify)");
  cmd->add_option("--output,-o", args->output, "output file")->capture_default_str();
  cmd->add_option("--jobs,-j", args->jobs, "worker threads")->capture_default_str();
  cmd->add_flag("--quiet,-q", args->quiet, "no progress or notes on stderr");
  return [args]() { return RunCode(*args); };
}

}  // namespace dyad::cli
