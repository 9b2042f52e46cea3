// SimHash of a text over 3-word shingles: near-duplicate articles (the same
// wire story on several sites, lightly edited) differ in few of the 64 bits.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad::store {

uint64_t SimHash(std::string_view text);
inline int HammingDistance(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }
// Documents at most this far apart are one story.
constexpr int kSameStoryBits = 5;
// Candidates are found by bands: with kSameStoryBits + 1 bands, two hashes
// that close agree on at least one whole band (pigeonhole).
constexpr int kBands = kSameStoryBits + 1;
inline uint64_t Band(uint64_t hash, int band) {
  int lo = band * 64 / kBands, hi = (band + 1) * 64 / kBands;
  return (hash >> lo) & ((1ull << (hi - lo)) - 1);
}

}  // namespace dyad::store
