// Where a material act happens when the sentence names no town for it: a country
// after a locative or destination word, a region of a country, a border, the
// acting side's own ground (split out of the coder's per-event place logic).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "coding/discourse.h"

namespace dyad::coding {

struct CountryPlaceHit {
  uint32_t b = 0, e = 0;  // the phrase's tokens in the sentence
  std::string country;    // ISO 3166-1 alpha-3
};

// A material act (cooperation, aid, yielding, posture, coercion, force) on a country named right
// after a locative or destination word happens in that country, at country precision:
// "sent rescuers to Morocco", "extraditó a Estados Unidos". Not verbal acts: there such a
// country is background ("condemned the coup in Niger", "recalled their ambassadors in
// Algeria"). Not across a clause boundary from the trigger; the nearest wins.
// A region of a country after a locative is in it ("nel sud del Mali", "in northern Syria",
// "dans le nord du pays": the country named last before it). Troops "at the border with X"
// are on the acting side of it: of `sides` (source, target), the one that borders X.
// `sentence_index` indexes st.hits; `sides`: the event's source and target countries.
std::optional<CountryPlaceHit> FindCountryPlace(const DocState& st, const lex::LexiconData& data,
                                                const lex::LanguagePack& lang, size_t sentence_index,
                                                const Sentence& s, const SentenceAnalysis& a, const std::string& root,
                                                const match::Hit& ev, const std::array<std::string, 2>& sides);

}  // namespace dyad::coding
