#include <fstream>
#include <iostream>

#include "commands.h"
#include "dyad/emit.h"
#include "dyad/lexicon.h"
#include "run_inputs.h"

namespace dyad::cli {
namespace {

struct CodeArgs {
  RunOptions run;
  std::string format = "jsonl";
  std::string lexicon;
  std::string output = "-";
};

int RunCode(const CodeArgs& args) {
  auto format = ParseOutputFormat(args.format);
  if (!format.ok()) { std::cerr << "dyad code: " << format.status().ToString() << "\n"; return 2; }
  auto lex = Lexicon::Load(args.lexicon.empty() ? DefaultLexiconPath() : args.lexicon);
  if (!lex.ok()) { std::cerr << "dyad code: " << lex.status().ToString() << "\n"; return 2; }
  // The process keeps the lexicon until it exits: freeing its million allocations (the
  // gazetteer's names) cost as much as a third of a short run's start-up.
  static const auto* kept = new std::shared_ptr<const Lexicon>(lex.value());
  (void)kept;
  Coder coder(lex.value());
  std::ofstream file;
  if (args.output != "-") {
    file.open(args.output);
    if (!file) { std::cerr << "dyad code: cannot write " << args.output << "\n"; return 2; }
  }
  EventWriter writer(args.output == "-" ? std::cout : file, format.value());
  RunCounts n = RunInputs(coder, args.run, [&](auto& batch) {
    for (const auto& item : batch) writer.Write(item.coded);
  }, "code");
  writer.Finish();
  std::cerr << "dyad code: " << n.documents << " documents coded, " << n.events << " events, " << n.failed
            << " records failed, " << n.no_lexicon << " documents without a lexicon for their language" << n.Rate()
            << "\n";
  return n.failed ? 1 : 0;
}

}  // namespace

Runner RegisterCode(CLI::App& app) {
  auto* cmd = app.add_subcommand("code", "Code news documents (.txt, .html, .jsonl, folders, - for stdin) into events");
  auto args = std::make_shared<CodeArgs>();
  cmd->add_option("inputs", args->run.inputs, "files or folders; - or nothing reads standard input");
  cmd->add_option("--format,-f", args->format, "jsonl, table, csv or tsv")->capture_default_str();
  cmd->add_option("--lexicon", args->lexicon, "compiled lexicon (default: dyad.lex beside the binary)");
  cmd->add_option("--lang", args->run.lang, "language of documents that do not say (default: identify)");
  cmd->add_option("--output,-o", args->output, "output file")->capture_default_str();
  cmd->add_option("--jobs,-j", args->run.jobs, "worker threads")->capture_default_str();
  cmd->add_flag("--quiet,-q", args->run.quiet, "no progress or notes on stderr");
  return [args]() { return RunCode(*args); };
}

}  // namespace dyad::cli
