#include <iostream>
#include <thread>

#include "commands.h"
#include "dyad/lexicon.h"
#include "dyad/store.h"
#include "run_inputs.h"

namespace dyad::cli {

Runner RegisterIngest(CLI::App& app) {
  auto* cmd = app.add_subcommand("ingest", "Code documents and store them with their events in the embedded database");
  struct Args {
    RunOptions run;
    std::string db = "dyad.db";
    std::string lexicon;
  };
  auto args = std::make_shared<Args>();
  args->run.jobs = std::max(1u, std::thread::hardware_concurrency());
  // Rows are prepared on the coding threads; a batch is one transaction, and
  // large ones amortise the writer's per-commit work (index and FTS5 flushes).
  args->run.prepare_for_store = true;
  args->run.batch = 512;
  cmd->add_option("inputs", args->run.inputs, "files or folders; - reads standard input")->required();
  cmd->add_option("--db", args->db, "SQLite store file (created if missing) or postgresql:// URI")->capture_default_str();
  cmd->add_option("--lexicon", args->lexicon, "compiled lexicon (default: dyad.lex beside the binary)");
  cmd->add_option("--lang", args->run.lang, "language of documents that do not say (default: identify)");
  cmd->add_option("--jobs,-j", args->run.jobs, "worker threads (default: all cores)");
  cmd->add_flag("--quiet,-q", args->run.quiet, "no progress or notes on stderr");
  return [args]() {
    auto lex = Lexicon::Load(args->lexicon.empty() ? DefaultLexiconPath() : args->lexicon);
    if (!lex.ok()) { std::cerr << "dyad ingest: " << lex.status().ToString() << "\n"; return 2; }
    auto store = Store::Open(args->db);
    if (!store.ok()) { std::cerr << "dyad ingest: " << store.status().ToString() << "\n"; return 2; }
    Coder coder(lex.value());
    AddReport added;
    Status store_error;
    RunCounts n = RunInputs(coder, args->run, [&](auto& batch) {
      if (!store_error.ok() || batch.empty()) return;
      store_error = store.value()->Add(batch, &added);
    }, "ingest");
    if (!store_error.ok()) {
      std::cerr << "dyad ingest: " << store_error.ToString() << " (batches before it are stored)\n";
      return 2;
    }
    size_t docs = 0, events = 0;
    (void)store.value()->Count(&docs, &events);
    std::cerr << "dyad ingest: " << n.documents << " documents coded (" << added.documents_new << " new, "
              << added.documents_seen - added.documents_new << " already stored), " << added.events
              << " events stored, " << n.failed << " records failed; " << Store::Redacted(args->db) << " holds " << docs
              << " documents and " << events << " events" << n.Rate() << "\n";
    return n.failed ? 1 : 0;
  };
}

}  // namespace dyad::cli
