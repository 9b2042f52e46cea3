#include "store/story_index.h"

#include <algorithm>

namespace dyad::store {

static_assert((1u << ((64 + kBands - 1) / kBands)) <= 2048, "a band value indexes kMaxBandValues buckets");

int64_t StoryIndex::Find(uint64_t hash) const {
  const int64_t cutoff = Cutoff();
  for (int band = 0; band < kBands; ++band) {
    const auto& buckets = bands_[band];
    uint64_t value = Band(hash, band);
    if (value >= buckets.size()) continue;
    const Bucket& b = buckets[value];
    // Entries are in ascending id order: skip those out of the window.
    size_t i = std::partition_point(b.index.begin(), b.index.end(), [&](uint32_t k) { return ids_[k] <= cutoff; }) -
               b.index.begin();
    for (; i < b.hashes.size(); ++i)
      if (HammingDistance(hash, b.hashes[i]) <= kSameStoryBits) return ids_[b.index[i]];
  }
  return 0;
}

void StoryIndex::Add(int64_t story, uint64_t hash) {
  if (ids_.size() >= 2 * static_cast<size_t>(window_)) DropOutOfWindow();
  uint32_t index = static_cast<uint32_t>(ids_.size());
  ids_.push_back(story);
  last_id_ = story;
  for (int band = 0; band < kBands; ++band) {
    auto& buckets = bands_[band];
    if (buckets.empty()) buckets.resize(kMaxBandValues);
    Bucket& b = buckets[Band(hash, band)];
    b.hashes.push_back(hash);
    b.index.push_back(index);
  }
}

// Rebuilds the index without the stories a lookup can no longer return.
void StoryIndex::DropOutOfWindow() {
  const int64_t cutoff = Cutoff();
  size_t keep_from = std::partition_point(ids_.begin(), ids_.end(), [&](int64_t id) { return id <= cutoff; }) -
                     ids_.begin();
  const uint32_t shift = static_cast<uint32_t>(keep_from);
  for (auto& buckets : bands_)
    for (Bucket& b : buckets) {
      size_t drop = std::partition_point(b.index.begin(), b.index.end(), [&](uint32_t k) { return k < shift; }) -
                    b.index.begin();
      b.hashes.erase(b.hashes.begin(), b.hashes.begin() + drop);
      b.index.erase(b.index.begin(), b.index.begin() + drop);
      for (uint32_t& k : b.index) k -= shift;
    }
  ids_.erase(ids_.begin(), ids_.begin() + keep_from);
}

void StoryIndex::Clear() {
  ids_.clear();
  last_id_ = 0;
  for (auto& buckets : bands_) buckets.clear();
}

}  // namespace dyad::store
