// Sentence segmentation: ICU's sentence BreakIterator run directly on UTF-8,
// then breaks after known abbreviations ("dhr.", "M.", "z. B.") and after
// single initials are undone. Not thread-safe: one per thread.
#pragma once

#include <memory>
#include <string_view>
#include <unordered_set>
#include <string>
#include <vector>

#include <unicode/brkiter.h>

namespace dyad::text {

struct SentenceSpan { uint32_t begin, end; };

class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  // Splits text[begin, end) into sentences; appends absolute byte spans.
  // `abbreviations` holds folded tokens with their final '.', e.g. "dhr.".
  void Split(std::string_view text, uint32_t begin, uint32_t end,
             const std::unordered_set<std::string>& abbreviations, std::vector<SentenceSpan>* out);

 private:
  std::unique_ptr<icu::BreakIterator> iter_;
  std::string fold_buf_;
};

}  // namespace dyad::text
