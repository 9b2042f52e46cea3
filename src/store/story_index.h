// Stories' SimHashes in memory, found by band: the SQLite writer's story
// lookup. It replaces six story_bands rows per story (six B-tree inserts per
// document and six range scans per lookup); the stories table keeps each
// story's SimHash, from which the index is loaded.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "store/simhash.h"

namespace dyad::store {

class StoryIndex {
 public:
  // Only stories with ids above LastId() - window are found; older ones are
  // dropped as the index grows, so it holds at most twice the window.
  explicit StoryIndex(int64_t window) : window_(window < 1 ? 1 : window) {}
  // The first story within kSameStoryBits of `hash`, band by band, lowest id
  // first within a band (the rule both backends follow); 0 if none.
  int64_t Find(uint64_t hash) const;
  // Stories are added in ascending id order.
  void Add(int64_t story, uint64_t hash);
  int64_t LastId() const { return last_id_; }
  // Stories with ids up to this one are out of the window.
  int64_t Cutoff() const { return last_id_ - window_; }
  size_t size() const { return ids_.size(); }
  void Clear();

 private:
  void DropOutOfWindow();
  int64_t window_, last_id_ = 0;
  static constexpr size_t kMaxBandValues = 2048;  // bands are 10 or 11 bits wide
  struct Bucket {
    std::vector<uint64_t> hashes;  // scanned in order: ascending story id
    std::vector<uint32_t> index;   // into ids_
  };
  std::vector<int64_t> ids_;
  std::array<std::vector<Bucket>, kBands> bands_;
};

}  // namespace dyad::store
