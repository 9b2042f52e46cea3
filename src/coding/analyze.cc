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
  // without each prefix clitic the language declares, longest first.
  if (k.surface == lex::kNoId) {
    for (const std::string& c : lang_.prefix_clitics) {
      if (word.size() <= c.size() + 2 || word.compare(0, c.size(), c) != 0) continue;
      uint32_t id = data_.Find(std::string_view(word).substr(c.size()));
      if (id == lex::kNoId) continue;
      word.erase(0, c.size());
      k.surface = id;
      break;
    }
  }
  auto lem = lang_.lemma_index.find(word);
  std::string stem = stemmer_.Stem(lem == lang_.lemma_index.end() ? std::string_view(word) : lem->second);
  k.stem = data_.Find(stem);
  if (cache_.size() >= kMaxCache) cache_.clear();
  cache_.emplace(std::string(raw), k);
  return k;
}

}  // namespace dyad::coding
