#include "store/simhash.h"

#include <array>

namespace dyad::store {

// The lead decides: copies of a story share their first paragraphs, while
// outlets append their own endings. Also bounds the cost per document.
constexpr size_t kMaxShingles = 400;

uint64_t SimHash(std::string_view text) {
  // Words: runs of ASCII letters/digits or non-ASCII bytes, ASCII lower-cased,
  // hashed as they are read; a shingle's hash mixes three word hashes.
  // Each bit's count of shingles with that bit set, bit-sliced: bit b of
  // count[i] is bit i of that count (a counter add is a ripple of carries,
  // not 64 separate adds). 2^10 > kMaxShingles + 1 votes.
  std::array<uint64_t, 10> count{};
  size_t votes = 0;
  uint64_t w[3] = {0, 0, 0};
  size_t words = 0;
  uint64_t h = 1469598103934665603ull;
  bool in_word = false;
  auto vote = [&](uint64_t x) {
    ++votes;
    for (size_t i = 0; i < count.size() && x; ++i) {
      uint64_t carry = count[i] & x;
      count[i] ^= x;
      x = carry;
    }
  };
  auto end_word = [&]() {
    w[0] = w[1];
    w[1] = w[2];
    w[2] = h;
    if (++words >= 3 && words <= kMaxShingles + 2) {
      uint64_t x = w[0] * 0x9E3779B97F4A7C15ull ^ (w[1] + 0x632BE59BD9B4E019ull) * 0xBF58476D1CE4E5B9ull ^ w[2];
      x ^= x >> 31;
      x *= 0x94D049BB133111EBull;
      x ^= x >> 29;
      vote(x);
    }
    h = 1469598103934665603ull;
  };
  for (unsigned char c : text) {
    if (words >= kMaxShingles + 2) break;  // no later word votes
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (word) {
      h ^= c >= 'A' && c <= 'Z' ? c + 32 : c;
      h *= 1099511628211ull;
      in_word = true;
    } else if (in_word) {
      end_word();
      in_word = false;
    }
  }
  if (in_word) end_word();
  if (words > 0 && words < 3) vote(w[2] ^ (w[1] * 31));  // very short texts: one feature
  // A bit is set where most shingles have it set (more ones than zeros).
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    size_t ones = 0;
    for (size_t i = 0; i < count.size(); ++i) ones |= ((count[i] >> b) & 1) << i;
    if (2 * ones > votes) out |= 1ull << b;
  }
  return out;
}

}  // namespace dyad::store
