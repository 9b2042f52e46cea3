// Tokeniser on Unicode character classes: a token is a run of letters, digits
// and combining marks, or one other non-space character. Offsets are bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::text {

struct RawToken {
  uint32_t begin = 0, end = 0;  // bytes, relative to the text passed in + base
  bool word = false;            // letters/digits, not punctuation
  bool upper = false;           // starts with an upper-case letter
  bool digit = false;           // starts with a digit
};

// Appends the tokens of `s` (valid UTF-8) to `out`; offsets are shifted by `base`.
void Tokenize(std::string_view s, uint32_t base, std::vector<RawToken>* out);

// NFKC + full case folding (ICU), typographic apostrophes to '; ASCII takes a
// fast path. Returns into `out`.
void Fold(std::string_view s, std::string* out);

}  // namespace dyad::text
