// Multi-pattern matching over token ids.
//
// Every lexicon phrase is a pattern of elements (token surface or stem ids,
// with bounded gaps). FindAll reports, for each pattern and each start token
// where it can match, the match with the smallest end. The fast version looks
// candidates up by the first token's ids; FindAllNaive tries every pattern at
// every position by exhaustive search and exists only to test the fast one.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "lexicon/model.h"

namespace dyad::match {

struct TokenKeys {
  uint32_t surface = lex::kNoId;
  uint32_t stem = lex::kNoId;
  // A known word that is also a clitic form of another known word ("للاتحاد" in one phrase,
  // ل + "الاتحاد" in another): the second surface, matched like the first.
  uint32_t alt_surface = lex::kNoId;
  bool conj_clitic = false;  // written with a conjunction clitic ("وإسبانيا" = و + إسبانيا)
  bool loc_clitic = false;   // written with a locative clitic ("بالرياض" = ب + الرياض)
};

struct Hit {
  uint32_t pattern = 0;
  uint32_t begin = 0, end = 0;  // token indices in the sentence, end exclusive
  bool operator==(const Hit&) const = default;
};

// Hits sorted by (begin, pattern); at most `max_hits` (the earliest ones).
// With `starts`, matches begin only at tokens whose flag is set (e.g. place
// names start with a capital letter).
void FindAll(const lex::LanguagePack& lang, std::span<const TokenKeys> tokens, size_t max_hits,
             std::vector<Hit>* out, const std::vector<bool>* starts = nullptr);
// The token positions the elements of `pattern` take in a match from
// `begin` that ends at `end` (earliest positions); empty if there is none.
std::vector<uint32_t> MatchedPositions(const lex::Pattern& pattern, std::span<const TokenKeys> tokens, uint32_t begin,
                                       uint32_t end);
void FindAllNaive(const lex::LanguagePack& lang, std::span<const TokenKeys> tokens, size_t max_hits,
                  std::vector<Hit>* out);

}  // namespace dyad::match
