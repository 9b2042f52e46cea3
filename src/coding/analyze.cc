#include "coding/analyze.h"

namespace dyad::coding {

namespace {
constexpr size_t kMaxCache = 1 << 20;  // distinct word forms kept per thread and language
}  // namespace

TokenAnalyzer::TokenAnalyzer(const lex::LexiconData& data, const lex::LanguagePack& lang)
    : data_(data), lang_(lang), stemmer_(lang.stemmer) {}

const std::string& TokenAnalyzer::Folded(std::string_view raw) {
  text::Fold(raw, &folded_);
  return folded_;
}

match::TokenKeys TokenAnalyzer::Keys(std::string_view raw) {
  auto it = cache_.find(raw);
  if (it != cache_.end()) return it->second;
  std::string word = Folded(raw);
  match::TokenKeys k;
  k.surface = data_.Find(word);
  // "والمغرب" = و + المغرب: a word the lexicon does not know is tried again
  // without each prefix clitic the language declares, longest first. A word it
  // knows keeps its surface and gets the clitic reading as a second one.
  bool known = k.surface != lex::kNoId;
  for (const std::string& entry : lang_.prefix_clitics) {
    // "لل>ال": the clitic is replaced, not removed (ل + ال is written لل).
    size_t arrow = entry.find('>');
    std::string_view c = std::string_view(entry).substr(0, arrow);
    std::string_view put = arrow == std::string::npos ? std::string_view() : std::string_view(entry).substr(arrow + 1);
    if (word.size() <= c.size() + 2 || word.compare(0, c.size(), c) != 0) continue;
    std::string rest = std::string(put) + word.substr(c.size());
    uint32_t id = data_.Find(rest);
    if (id == lex::kNoId) continue;
    if (known) {
      if (id != k.surface) k.alt_surface = id;
      break;
    }
    word = std::move(rest);
    k.surface = id;
    for (const std::string& conj : lang_.conj_clitics)
      if (c.substr(0, conj.size()) == conj) k.conj_clitic = true;
    for (const std::string& loc : lang_.loc_clitics)
      if (c == loc) k.loc_clitic = true;
    break;
  }
  auto lem = lang_.lemma_index.find(word);
  std::string stem = stemmer_.Stem(lem == lang_.lemma_index.end() ? std::string_view(word) : lem->second);
  k.stem = data_.Find(stem);
  if (cache_.size() >= kMaxCache) cache_.clear();
  cache_.emplace(std::string(raw), k);
  return k;
}

}  // namespace dyad::coding
