// Maps byte positions in a derived text (HTML extraction output) back to the
// original input, piece by piece.
#pragma once

#include <cstdint>
#include <vector>

namespace dyad::extract {

class OffsetMap {
 public:
  // text[text_begin, text_begin+length) came from original[orig_begin, ...).
  // `exact`: byte-for-byte (no entity decoding), so inner positions map 1:1;
  // otherwise every inner position maps to the piece's original start/end.
  void Add(uint32_t text_begin, uint32_t orig_begin, uint32_t orig_length, uint32_t length, bool exact);
  // Position in the original for a position in the text. Identity when empty.
  uint32_t ToOriginal(uint32_t pos, bool is_end) const;
  bool empty() const { return pieces_.empty(); }

 private:
  struct Piece { uint32_t text_begin, orig_begin, orig_length, length; bool exact; };
  std::vector<Piece> pieces_;  // ascending text_begin
};

}  // namespace dyad::extract
