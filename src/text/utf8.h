// UTF-8 checks and decoding helpers used by every stage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dyad::text {

// Byte offset of the first invalid UTF-8 sequence, or npos if `s` is valid.
// NUL bytes are valid UTF-8; callers that forbid them check separately.
size_t FindInvalidUtf8(std::string_view s);

// Decodes the code point at s[i] (s must be valid UTF-8); advances i.
inline uint32_t NextCodePoint(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> n);
  ++i;
  for (int k = 0; k < n && i < s.size(); ++k, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

}  // namespace dyad::text
