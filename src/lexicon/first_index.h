// The matcher's index from a token id to the patterns whose first element
// takes that id. Flat (one open-addressing table and one candidate array) so
// that a lookup costs two cache lines, not a hash node, a vector header and its
// data: the gazetteer asks it for every capitalised token of every sentence.
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace dyad::lex {

constexpr uint32_t kNoId = UINT32_MAX;

// A pattern listed under one of its first element's ids, with the only id of its
// second element (kNoId if it has several): the matcher rejects most candidates on
// that id without touching the pattern (the gazetteer lists ~3,000 names under
// "San", ~1,300 under "La"), and takes a one-element pattern (kSingle: most place
// names) as matched without touching it either.
struct Candidate {
  static constexpr uint32_t kSingle = kNoId - 1;
  uint32_t pattern = 0;
  uint32_t second_id = kNoId;
};

class FirstIndex {
 public:
  // `entries`: (token id, candidate) pairs in pattern order; a pattern may come twice
  // under one id (listed by two alternatives) and is kept once.
  void Build(std::vector<std::pair<uint32_t, Candidate>> entries);
  std::span<const Candidate> Find(uint32_t id) const {
    // Most ids start no pattern: a bit per id (tens of KB, cache-resident) answers them
    // without probing the table (megabytes for the gazetteer).
    if (id >= starts_.size() * 64 || !((starts_[id >> 6] >> (id & 63)) & 1)) return {};
    for (uint32_t i = Hash(id) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id == id) return {candidates_.data() + s.begin, s.count};
      if (s.id == kNoId) return {};
    }
  }
  size_t size() const { return keys_; }

 private:
  struct Slot {
    uint32_t id = kNoId, begin = 0, count = 0;
  };
  static uint32_t Hash(uint32_t id) { return id * 2654435761u; }
  std::vector<uint64_t> starts_;  // bit id: the id has candidates
  std::vector<Slot> slots_;       // power of two, at most half full
  std::vector<Candidate> candidates_;
  uint32_t mask_ = 0;
  size_t keys_ = 0;
};

}  // namespace dyad::lex
