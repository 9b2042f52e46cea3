// Source and target of one event trigger: negation and modality, the
// trigger's code, and who did it to whom (active, passive, verb-final,
// inverted, coordinated, "the two ministers").
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "coding/discourse.h"

namespace dyad::coding {

struct CodedTrigger {
  std::string code;               // after modality (intent) and refinement
  bool symmetric = false;
  bool intended = false;          // announced, planned or conditional (an intent code)
  bool introduces_content = false;  // an appeal, agreement, demand, criticism, rejection or threat
  std::vector<std::pair<Unit, std::optional<Unit>>> dyads;  // resolved source, target (none if solo)
  std::optional<Unit> subject;     // the first source, for "he" in the next sentence
  std::vector<Unit> subjects;      // every source, for a verb coordinated with this one
};

// False if the trigger is negated, or intended with no intent code for its
// root; else fills `out` (whose dyads may be empty when no actors fit).
// `place_country`: the country of the place named in the sentence, or "".
bool CodeTrigger(const DocState& st, const Sentence& s, const SentenceAnalysis& a, const match::Hit& ev,
                 const std::string& place_country, CodedTrigger* out);

}  // namespace dyad::coding
