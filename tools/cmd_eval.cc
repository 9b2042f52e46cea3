#include <cstdio>
#include <iostream>

#include "commands.h"
#include "dyad/eval.h"
#include "dyad/lexicon.h"

namespace dyad::cli {

Runner RegisterEval(CLI::App& app) {
  auto* cmd = app.add_subcommand("eval", "Score the coder on gold JSONL files: precision, recall, F1");
  auto files = std::make_shared<std::vector<std::string>>();
  auto lexicon = std::make_shared<std::string>();
  auto verbose = std::make_shared<bool>(false);
  cmd->add_option("gold", *files, "gold JSONL files (tests/gold/*.jsonl)")->required();
  cmd->add_option("--lexicon", *lexicon, "compiled lexicon");
  cmd->add_flag("--verbose,-v", *verbose, "list every missed and extra event");
  return [files, lexicon, verbose]() {
    auto lex = Lexicon::Load(lexicon->empty() ? DefaultLexiconPath() : *lexicon);
    if (!lex.ok()) { std::cerr << "dyad eval: " << lex.status().ToString() << "\n"; return 2; }
    Coder coder(lex.value());
    EvalReport report;
    for (const auto& f : *files) {
      Status s = Evaluate(coder, f, &report);
      if (!s.ok()) { std::cerr << "dyad eval: " << s.ToString() << "\n"; return 2; }
    }
    for (const auto& e : report.errors) std::cerr << "dyad eval: skipped gold record: " << e.ToString() << "\n";
    if (*verbose)
      for (const auto& m : report.misses) std::printf("  %s\n", m.c_str());
    auto row = [](const std::string& name, const Score& s) {
      std::printf("%-8s %5zu %5zu %5zu %5zu   %.3f  %.3f  %.3f\n", name.c_str(), s.docs, s.tp, s.fp, s.fn,
                  s.precision(), s.recall(), s.f1());
    };
    std::printf("%-8s %5s %5s %5s %5s   %-5s  %-5s  %-5s\n", "lang", "docs", "tp", "fp", "fn", "P", "R", "F1");
    for (const auto& [lang, s] : report.by_lang) row(lang, s);
    row("all", report.overall);
    // When and where over matched events: date right, place right where gold names one,
    // no location where gold has none (right/total and the fraction).
    auto frac = [](size_t a, size_t b) { return b ? double(a) / double(b) : 1.0; };
    auto ww_row = [&](const std::string& name, const WhenWhereScore& w) {
      std::printf("%-8s %4zu/%-4zu %.3f   %4zu/%-4zu %.3f   %4zu/%-4zu %.3f\n", name.c_str(), w.date_right, w.dated,
                  frac(w.date_right, w.dated), w.place_right, w.placed, frac(w.place_right, w.placed),
                  w.unplaced_right, w.unplaced, frac(w.unplaced_right, w.unplaced));
    };
    std::printf("\n%-8s %-15s %-17s %-17s\n", "when", "date right", "place right", "no place right");
    for (const auto& [lang, w] : report.when_where_by_lang) ww_row(lang, w);
    ww_row("all", report.when_where);
    std::printf("\n%-8s %5s %5s %5s %5s   %-5s  %-5s  %-5s\n", "root", "", "tp", "fp", "fn", "P", "R", "F1");
    for (const auto& [root, s] : report.by_root) row(root, s);
    return report.errors.empty() ? 0 : 1;
  };
}

}  // namespace dyad::cli
