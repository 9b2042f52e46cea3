#include "extract/offset_map.h"

#include <algorithm>

namespace dyad::extract {

void OffsetMap::Add(uint32_t text_begin, uint32_t orig_begin, uint32_t orig_length, uint32_t length, bool exact) {
  pieces_.push_back({text_begin, orig_begin, orig_length, length, exact});
}

uint32_t OffsetMap::ToOriginal(uint32_t pos, bool is_end) const {
  if (pieces_.empty()) return pos;
  // Last piece starting at or before pos (an end position belongs to the piece it closes).
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), pos - (is_end && pos > 0 ? 1 : 0),
                             [](uint32_t p, const Piece& pc) { return p < pc.text_begin; });
  if (it == pieces_.begin()) return pieces_.front().orig_begin;
  const Piece& pc = *(it - 1);
  uint32_t off = pos - pc.text_begin;
  if (off > pc.length) off = pc.length;
  if (pc.exact) return pc.orig_begin + off;
  return is_end ? pc.orig_begin + pc.orig_length : pc.orig_begin;
}

}  // namespace dyad::extract
