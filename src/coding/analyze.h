// Per-thread token analysis: surface and stem ids for each token, cached per
// distinct token so folding and stemming run once per word form.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/model.h"
#include "match/matcher.h"
#include "text/segment.h"
#include "text/stemmer.h"
#include "text/tokenize.h"

namespace dyad::coding {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class TokenAnalyzer {
 public:
  TokenAnalyzer(const lex::LexiconData& data, const lex::LanguagePack& lang);
  match::TokenKeys Keys(std::string_view raw);
  // Folded surface of a token (not cached; for the few tokens that need it).
  const std::string& Folded(std::string_view raw);

 private:
  const lex::LexiconData& data_;
  const lex::LanguagePack& lang_;
  text::Stemmer stemmer_;
  std::unordered_map<std::string, match::TokenKeys, StringHash, std::equal_to<>> cache_;
  std::string folded_;
};

}  // namespace dyad::coding
