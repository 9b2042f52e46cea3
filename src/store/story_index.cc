#include "store/story_index.h"

namespace dyad::store {

static_assert((1u << ((64 + kBands - 1) / kBands)) <= 2048, "a band value indexes kMaxBandValues buckets");

int64_t StoryIndex::Find(uint64_t hash) const {
  for (int band = 0; band < kBands; ++band) {
    const auto& buckets = bands_[band];
    uint64_t value = Band(hash, band);
    if (value >= buckets.size()) continue;
    const Bucket& b = buckets[value];
    for (size_t i = 0; i < b.hashes.size(); ++i)
      if (HammingDistance(hash, b.hashes[i]) <= kSameStoryBits) return ids_[b.index[i]];
  }
  return 0;
}

void StoryIndex::Add(int64_t story, uint64_t hash) {
  uint32_t index = static_cast<uint32_t>(ids_.size());
  ids_.push_back(story);
  for (int band = 0; band < kBands; ++band) {
    auto& buckets = bands_[band];
    if (buckets.empty()) buckets.resize(kMaxBandValues);
    Bucket& b = buckets[Band(hash, band)];
    b.hashes.push_back(hash);
    b.index.push_back(index);
  }
}

void StoryIndex::Clear() {
  ids_.clear();
  for (auto& buckets : bands_) buckets.clear();
}

}  // namespace dyad::store
