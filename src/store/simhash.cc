#include "store/simhash.h"

#include <array>
#include <string>
#include <vector>

namespace dyad::store {
namespace {

uint64_t Fnv(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
  return h;
}

}  // namespace

uint64_t SimHash(std::string_view text) {
  // Words: runs of ASCII letters/digits or any non-ASCII bytes, ASCII lower-cased.
  std::vector<std::string> words;
  std::string w;
  for (unsigned char c : text) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (word) {
      w += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  std::array<int, 64> votes{};
  std::string shingle;
  for (size_t i = 0; i + 2 < words.size() || (i == 0 && !words.empty()); ++i) {
    shingle = words[i];
    for (size_t k = 1; k < 3 && i + k < words.size(); ++k) shingle += " " + words[i + k];
    uint64_t h = Fnv(shingle);
    for (int b = 0; b < 64; ++b) votes[b] += (h >> b) & 1 ? 1 : -1;
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b)
    if (votes[b] > 0) out |= 1ull << b;
  return out;
}

}  // namespace dyad::store
