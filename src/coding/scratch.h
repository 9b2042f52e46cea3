// Per-thread mutable state of the coder.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "coding/analyze.h"
#include "match/matcher.h"
#include "text/segment.h"
#include "text/tokenize.h"

namespace dyad {

class CoderScratch {
 public:
  coding::TokenAnalyzer& Analyzer(const lex::LexiconData& data, const lex::LanguagePack& lang) {
    auto& a = analyzers_[lang.code];
    if (!a) a = std::make_unique<coding::TokenAnalyzer>(data, lang);
    return *a;
  }
  text::SentenceSplitter splitter;
  std::vector<text::RawToken> raw;
  std::vector<match::TokenKeys> keys;
  std::vector<match::Hit> hits;

 private:
  std::map<std::string, std::unique_ptr<coding::TokenAnalyzer>> analyzers_;
};

}  // namespace dyad
