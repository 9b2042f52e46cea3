#include "match/matcher.h"

#include <algorithm>
#include <array>

namespace dyad::match {
namespace {

bool Matches(const lex::Element& e, const TokenKeys& t) {
  if (t.surface != lex::kNoId)
    for (uint32_t a : e.surface)
      if (a == t.surface || a == t.alt_surface) return true;
  if (t.stem != lex::kNoId)
    for (uint32_t a : e.stem)
      if (a == t.stem) return true;
  return false;
}

// The ids a sentence holds, as a 4096-bit Bloom filter: a pattern with an
// element none of whose ids is in the sentence cannot match there, whatever its
// gaps. Most candidates fail so ("hat ... *16 getroffen" at every "hat"), and
// the test costs a few bit probes instead of a scan of every gap.
class IdFilter {
 public:
  explicit IdFilter(std::span<const TokenKeys> toks) {
    for (const TokenKeys& t : toks) {
      Add(t.surface);
      Add(t.alt_surface);
      Add(t.stem);
    }
  }
  // False only if no token of the sentence can match `e`.
  bool MayMatch(const lex::Element& e) const {
    for (uint32_t a : e.surface)
      if (Has(a)) return true;
    for (uint32_t a : e.stem)
      if (Has(a)) return true;
    return false;
  }
  bool MayMatchAfterFirst(const lex::Pattern& p) const {
    for (size_t k = 1; k < p.elements.size(); ++k)
      if (!MayMatch(p.elements[k])) return false;
    return true;
  }
  bool Has(uint32_t id) const { return (bits_[Slot(id) >> 6] >> (Slot(id) & 63)) & 1; }

 private:
  static uint32_t Slot(uint32_t id) { return (id * 2654435761u) >> 20; }  // 12 bits
  void Add(uint32_t id) {
    if (id != lex::kNoId) bits_[Slot(id) >> 6] |= uint64_t{1} << (Slot(id) & 63);
  }
  std::array<uint64_t, 64> bits_{};
};

// Smallest end of a match of `p` starting at `begin`, or 0 if none. Keeps the
// set of positions each element can end at (a small DP over the gaps).
uint32_t MatchEnd(const lex::Pattern& p, std::span<const TokenKeys> toks, uint32_t begin,
                  std::vector<uint32_t>& cur, std::vector<uint32_t>& next) {
  cur.assign(1, begin);
  for (size_t k = 1; k < p.elements.size(); ++k) {
    const lex::Element& e = p.elements[k];
    next.clear();
    uint32_t lo = cur.front() + 1;  // cur is ascending
    for (uint32_t s : cur) {
      uint32_t from = std::max(lo, s + 1);
      uint32_t to = std::min<uint32_t>(static_cast<uint32_t>(toks.size()) - 1, s + 1 + e.max_gap_before);
      for (uint32_t j = from; j <= to && j < toks.size(); ++j)
        if (Matches(e, toks[j])) next.push_back(j);
      lo = std::max(lo, to + 1);
    }
    if (next.empty()) return 0;
    cur.swap(next);
  }
  return cur.front() + 1;
}

}  // namespace

void FindAll(const lex::LanguagePack& lang, std::span<const TokenKeys> toks, size_t max_hits,
             std::vector<Hit>* out, const std::vector<bool>* starts) {
  out->clear();
  std::vector<uint32_t> cur, next;
  const IdFilter present(toks);
  size_t row_start = 0;
  for (uint32_t i = 0; i < toks.size() && out->size() < max_hits; ++i) {
    if (starts && !(*starts)[i]) continue;
    row_start = out->size();
    for (int pass = 0; pass < 3; ++pass) {
      uint32_t id = pass == 0 ? toks[i].surface : pass == 1 ? toks[i].alt_surface : toks[i].stem;
      if (id == lex::kNoId) continue;
      const lex::FirstIndex& index = pass < 2 ? lang.first_by_surface : lang.first_by_stem;
      for (const lex::Candidate& c : index.Find(id)) {
        if (c.second_id == lex::Candidate::kSingle) {
          out->push_back({c.pattern, i, i + 1});
          continue;
        }
        if (c.second_id != lex::kNoId && !present.Has(c.second_id)) continue;
        if (!present.MayMatchAfterFirst(lang.patterns[c.pattern])) continue;
        uint32_t end = MatchEnd(lang.patterns[c.pattern], toks, i, cur, next);
        if (end) out->push_back({c.pattern, i, end});
      }
    }
    std::sort(out->begin() + static_cast<std::ptrdiff_t>(row_start), out->end(),
              [](const Hit& a, const Hit& b) { return a.pattern < b.pattern; });
    // A pattern listed under both its surface and stem alternatives appears once.
    out->erase(std::unique(out->begin() + static_cast<std::ptrdiff_t>(row_start), out->end()), out->end());
  }
  if (out->size() > max_hits) out->resize(max_hits);
}

namespace {

// Exhaustive: every assignment of positions to elements; the smallest end.
void Search(const lex::Pattern& p, std::span<const TokenKeys> toks, size_t k, uint32_t prev, uint32_t* best) {
  if (k == p.elements.size()) {
    if (*best == 0 || prev + 1 < *best) *best = prev + 1;
    return;
  }
  const lex::Element& e = p.elements[k];
  for (uint32_t j = prev + 1; j < toks.size() && j <= prev + 1 + e.max_gap_before; ++j)
    if (Matches(e, toks[j])) Search(p, toks, k + 1, j, best);
}

}  // namespace

namespace {
bool Place(const lex::Pattern& p, std::span<const TokenKeys> toks, size_t k, uint32_t prev, uint32_t end,
           std::vector<uint32_t>* pos) {
  if (k == p.elements.size()) return prev + 1 == end;
  const lex::Element& e = p.elements[k];
  for (uint32_t j = prev + 1; j < end && j <= prev + 1 + e.max_gap_before; ++j) {
    if (!Matches(e, toks[j])) continue;
    pos->push_back(j);
    if (Place(p, toks, k + 1, j, end, pos)) return true;
    pos->pop_back();
  }
  return false;
}
}  // namespace

std::vector<uint32_t> MatchedPositions(const lex::Pattern& p, std::span<const TokenKeys> toks, uint32_t begin,
                                       uint32_t end) {
  std::vector<uint32_t> pos;
  if (begin >= toks.size() || end > toks.size() || !Matches(p.elements[0], toks[begin])) return pos;
  pos.push_back(begin);
  if (!Place(p, toks, 1, begin, end, &pos)) pos.clear();
  return pos;
}

void FindAllNaive(const lex::LanguagePack& lang, std::span<const TokenKeys> toks, size_t max_hits,
                  std::vector<Hit>* out) {
  out->clear();
  for (uint32_t i = 0; i < toks.size(); ++i) {
    for (uint32_t p = 0; p < lang.patterns.size(); ++p) {
      const lex::Pattern& pat = lang.patterns[p];
      if (!Matches(pat.elements[0], toks[i])) continue;
      uint32_t best = 0;
      Search(pat, toks, 1, i, &best);
      if (best) out->push_back({p, i, best});
    }
  }
  if (out->size() > max_hits) out->resize(max_hits);
}

}  // namespace dyad::match
