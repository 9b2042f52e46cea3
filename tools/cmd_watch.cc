// `dyad watch`: ingests documents like `dyad ingest` and prints, as JSONL on
// stdout, an alert for every watch rule (dyad/watch.h) that the new events
// match. Without inputs it prints what each rule matches in the store now.
#include <cstdio>
#include <iostream>
#include <thread>

#include "commands.h"
#include "dyad/lexicon.h"
#include "dyad/store.h"
#include "dyad/watch.h"
#include "run_inputs.h"

namespace dyad::cli {

Runner RegisterWatch(CLI::App& app) {
  auto* cmd = app.add_subcommand("watch", "Ingest documents and print alerts (JSONL) for the store's watch rules");
  struct Args {
    RunOptions run;
    std::string db = "dyad.db", lexicon;
    size_t limit = 1000;
  };
  auto args = std::make_shared<Args>();
  args->run.jobs = std::max(1u, std::thread::hardware_concurrency());
  cmd->add_option("inputs", args->run.inputs, "files or folders to ingest; - reads standard input; none: current matches");
  cmd->add_option("--db", args->db, "SQLite store file (created if missing) or postgresql:// URI")->capture_default_str();
  cmd->add_option("--lexicon", args->lexicon, "compiled lexicon (default: dyad.lex beside the binary)");
  cmd->add_option("--lang", args->run.lang, "language of documents that do not say (default: identify)");
  cmd->add_option("--jobs,-j", args->run.jobs, "worker threads (default: all cores)");
  cmd->add_option("--limit", args->limit, "at most this many alerts per rule and batch")->capture_default_str();
  cmd->add_flag("--quiet,-q", args->run.quiet, "no progress or notes on stderr");
  return [args]() {
    auto store = Store::Open(args->db);
    if (!store.ok()) { std::cerr << "dyad watch: " << store.status().ToString() << "\n"; return 2; }
    std::vector<StoredRule> stored;
    if (Status s = store.value()->Rules(&stored); !s.ok()) { std::cerr << "dyad watch: " << s.ToString() << "\n"; return 2; }
    std::vector<std::pair<StoredRule, WatchRule>> rules;
    for (const auto& r : stored) {
      auto parsed = ParseRule(r.spec);
      if (!parsed.ok()) std::cerr << "dyad watch: rule " << r.id << " (" << r.name << "): " << parsed.status().ToString() << "\n";
      else rules.emplace_back(r, parsed.value());
    }
    if (rules.empty()) std::cerr << "dyad watch: " << Store::Redacted(args->db) << " has no watch rules (save them with POST /api/rules)\n";
    size_t alerts = 0;
    auto evaluate = [&](int64_t after_id) {
      for (const auto& [s, rule] : rules) {
        std::vector<Alert> out;
        if (Status st = MatchRule(*store.value(), s, rule, after_id, args->limit, &out); !st.ok())
          return st;
        for (const auto& a : out) std::printf("%s\n", a.json.c_str());
        alerts += out.size();
      }
      std::fflush(stdout);
      return Status::Ok();
    };
    if (args->run.inputs.empty()) {
      Status s = evaluate(0);
      if (!s.ok()) { std::cerr << "dyad watch: " << s.ToString() << "\n"; return 2; }
      return 0;
    }
    auto lex = Lexicon::Load(args->lexicon.empty() ? DefaultLexiconPath() : args->lexicon);
    if (!lex.ok()) { std::cerr << "dyad watch: " << lex.status().ToString() << "\n"; return 2; }
    Coder coder(lex.value());
    AddReport added;
    Status error;
    RunCounts n = RunInputs(coder, args->run, [&](auto& batch) {
      if (!error.ok() || batch.empty()) return;
      int64_t before = 0;
      error = store.value()->MaxEventId(&before);
      if (error.ok()) error = store.value()->Add(batch, &added);
      if (error.ok()) error = evaluate(before);  // only events this batch added
    }, "watch");
    if (!error.ok()) { std::cerr << "dyad watch: " << error.ToString() << "\n"; return 2; }
    if (!args->run.quiet)
      std::cerr << "dyad watch: " << added.documents_new << " new documents, " << added.events << " new events, "
                << alerts << " alerts from " << rules.size() << " rules\n";
    return n.failed ? 1 : 0;
  };
}

}  // namespace dyad::cli
