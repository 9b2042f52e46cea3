// End-to-end coding benchmark on a multilingual corpus built from the dev gold
// snippets (en, nl, fr, ...) and the example articles: documents of 4 to 12
// snippets each, with random numbers and unseen word forms mixed in so that
// the per-thread token cache sees new words as a real feed would.
//
//   build/bench/dyad_bench [--sentences N] [--lexicon build/dyad.lex] [--root .] [--langs en,nl,fr]
//
// Prints load time, sentences/s, MB/s and peak RSS. Results: docs/benchmarks.md.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/lexicon.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

long PeakRssKb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

struct Snippet { std::string text, lang; };

std::vector<Snippet> LoadSnippets(const std::string& root) {
  std::vector<Snippet> out;
  for (const auto& entry : std::filesystem::directory_iterator(root + "/tests/gold")) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("text")) out.push_back({j["text"], j.value("lang", "")});
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  size_t target_sentences = 200000;
  std::string lexicon = dyad::DefaultLexiconPath(), root = ".", langs;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--sentences") target_sentences = std::stoul(argv[i + 1]);
    else if (a == "--lexicon") lexicon = argv[i + 1];
    else if (a == "--root") root = argv[i + 1];
    else if (a == "--langs") langs = "," + std::string(argv[i + 1]) + ",";
  }
  auto t0 = Clock::now();
  auto lex = dyad::Lexicon::Load(lexicon);
  auto t1 = Clock::now();
  if (!lex.ok()) { std::fprintf(stderr, "%s\n", lex.status().ToString().c_str()); return 1; }
  std::vector<Snippet> snippets = LoadSnippets(root);
  if (!langs.empty())  // e.g. --langs en,nl,fr: only snippets in those languages
    std::erase_if(snippets, [&](const Snippet& s) { return langs.find("," + s.lang + ",") == std::string::npos; });
  if (snippets.empty()) { std::fprintf(stderr, "no snippets under %s/tests/gold\n", root.c_str()); return 1; }

  // Build the corpus: same-language snippets per document.
  std::mt19937 rng(42);
  std::vector<dyad::Document> docs;
  size_t bytes = 0, approx_sentences = 0;
  while (approx_sentences < target_sentences) {
    const Snippet& first = snippets[rng() % snippets.size()];
    dyad::Document d;
    d.id = "bench-" + std::to_string(docs.size());
    d.lang = first.lang;
    d.published = "2024-04-22";
    int n = 4 + static_cast<int>(rng() % 9);
    for (int k = 0; k < n; ++k) {
      const Snippet* s = &snippets[rng() % snippets.size()];
      for (int tries = 0; tries < 20 && s->lang != d.lang; ++tries) s = &snippets[rng() % snippets.size()];
      d.content += s->text;
      // One unseen word form and a number per snippet.
      d.content += " Ref " + std::to_string(rng() % 100000) + " x" + std::to_string(rng()) + ".\n";
      approx_sentences += 3;
    }
    bytes += d.content.size();
    docs.push_back(std::move(d));
  }

  size_t unlabelled = std::count_if(docs.begin(), docs.end(), [](const dyad::Document& d) { return d.lang.empty(); });
  if (unlabelled) std::fprintf(stderr, "%zu documents without a language (identified by CLD2)\n", unlabelled);
  dyad::Coder coder(lex.value());
  auto scratch = coder.NewScratch();
  dyad::CodedDocument out;
  size_t sentences = 0, events = 0, tokens = 0;
  auto t2 = Clock::now();
  for (const auto& d : docs) {
    dyad::Status s = coder.Code(d, *scratch, &out);
    if (!s.ok()) { std::fprintf(stderr, "%s\n", s.ToString().c_str()); return 1; }
    sentences += out.sentences;
    tokens += out.tokens;
    events += out.events.size();
  }
  auto t3 = Clock::now();
  double secs = Seconds(t2, t3);
  std::printf("lexicon load        %.3f s\n", Seconds(t0, t1));
  std::printf("documents           %zu\n", docs.size());
  std::printf("sentences           %zu\n", sentences);
  std::printf("tokens              %zu\n", tokens);
  std::printf("events              %zu\n", events);
  std::printf("bytes               %zu\n", bytes);
  std::printf("coding time         %.3f s (one thread)\n", secs);
  std::printf("sentences/s         %.0f\n", double(sentences) / secs);
  std::printf("MB/s                %.2f\n", double(bytes) / 1e6 / secs);
  std::printf("peak RSS            %.1f MB\n", double(PeakRssKb()) / 1024.0);
  return 0;
}
