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
  const std::string& folded = Folded(raw);
  match::TokenKeys k;
  k.surface = data_.Find(folded);
  auto lem = lang_.lemma_index.find(folded);
  std::string stem = stemmer_.Stem(lem == lang_.lemma_index.end() ? std::string_view(folded) : lem->second);
  k.stem = data_.Find(stem);
  if (cache_.size() >= kMaxCache) cache_.clear();
  cache_.emplace(std::string(raw), k);
  return k;
}

}  // namespace dyad::coding
