#include "lexicon/first_index.h"

#include <algorithm>

namespace dyad::lex {

void FirstIndex::Build(std::vector<std::pair<uint32_t, Candidate>> entries) {
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  candidates_.clear();
  slots_.clear();
  starts_.clear();
  keys_ = 0;
  std::vector<Slot> keys;
  for (size_t i = 0; i < entries.size();) {
    Slot s{entries[i].first, static_cast<uint32_t>(candidates_.size()), 0};
    for (; i < entries.size() && entries[i].first == s.id; ++i)
      if (candidates_.size() == s.begin || candidates_.back().pattern != entries[i].second.pattern)
        candidates_.push_back(entries[i].second);
    s.count = static_cast<uint32_t>(candidates_.size()) - s.begin;
    keys.push_back(s);
  }
  keys_ = keys.size();
  if (keys.empty()) return;
  size_t n = 2;
  while (n < 2 * keys.size()) n *= 2;
  slots_.assign(n, Slot{});
  mask_ = static_cast<uint32_t>(n - 1);
  starts_.assign(keys.back().id / 64 + 1, 0);  // keys are sorted by id
  for (const Slot& k : keys) {
    starts_[k.id >> 6] |= uint64_t{1} << (k.id & 63);
    uint32_t i = Hash(k.id) & mask_;
    while (slots_[i].id != kNoId) i = (i + 1) & mask_;
    slots_[i] = k;
  }
}

}  // namespace dyad::lex
