#include "text/segment.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "text/tokenize.h"

namespace dyad::text {

SentenceSplitter::SentenceSplitter() {
  UErrorCode err = U_ZERO_ERROR;
  iter_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), err));
  if (U_FAILURE(err)) iter_.reset();
}

SentenceSplitter::~SentenceSplitter() = default;

namespace {

bool IsBlank(std::string_view s) {
  for (char c : s)
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r')) return false;
  return true;
}

// The word just before position `pos` (which follows a '.'), including the '.'.
std::string_view WordBeforeDot(std::string_view text, uint32_t lo, uint32_t pos) {
  uint32_t e = pos;
  while (e > lo && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
  if (e == lo || text[e - 1] != '.') return {};
  uint32_t b = e - 1;
  while (b > lo && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != '(' && text[b - 1] != '"') --b;
  return text.substr(b, e - b);
}

}  // namespace

void SentenceSplitter::Split(std::string_view text, uint32_t begin, uint32_t end,
                             const std::unordered_set<std::string>& abbreviations,
                             std::vector<SentenceSpan>* out) {
  std::vector<uint32_t> breaks;
  if (iter_) {
    UErrorCode err = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(end - begin), &err);
    if (U_SUCCESS(err)) {
      iter_->setText(ut, err);
      if (U_SUCCESS(err)) {
        for (int32_t p = iter_->next(); p != icu::BreakIterator::DONE; p = iter_->next())
          breaks.push_back(begin + static_cast<uint32_t>(p));
      }
      // The iterator keeps its own clone of the UText; ours can go.
      utext_close(ut);
    }
  }
  if (breaks.empty() || breaks.back() != end) breaks.push_back(end);

  uint32_t start = begin;
  for (uint32_t b : breaks) {
    if (b < end) {
      std::string_view w = WordBeforeDot(text, start, b);
      if (!w.empty()) {
        Fold(w, &fold_buf_);
        // A single letter and a dot is an initial ("M. Macron", "J. Smith").
        bool initial = w.size() == 2 && ((w[0] >= 'A' && w[0] <= 'Z'));
        if (initial || abbreviations.count(fold_buf_)) continue;
      }
    }
    if (!IsBlank(text.substr(start, b - start))) out->push_back({start, b});
    start = b;
  }
}

}  // namespace dyad::text
