// Actor units: what the recogniser found in one sentence (countries,
// organisations, persons, sector words, pronouns), merged into actors
// ("de Franse minister" = FRA + GOV) and then resolved against the discourse.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lexicon/model.h"
#include "match/matcher.h"

namespace dyad::coding {

enum class UnitKind : uint8_t { kActor, kAdj, kAgent, kCounterpart, kPronSg, kPronPl, kKingdom, kPlace, kPronObj };

struct Unit {
  uint32_t b = 0, e = 0;  // tokens in the sentence
  UnitKind kind = UnitKind::kActor;
  std::string country, igo, sector, name, role;
  bool plural = false;
  bool capital = false;
  bool dateline = false;      // a place in dateline position (where it was reported)
  bool post = false;          // a diplomat's post ("his ambassador in Berlin"): not where events happen
  bool country_name = false;  // a bare country name or capital, not a person or agent
  bool compound = false;      // first part of a hyphenated noun ("Ukraine-Krieg"): no antecedent
  bool home = false;          // the country is the agent's default (Bundeswehr -> DEU): an adjective or name overrides it
  bool pronoun = false;       // resolved from a subject pronoun ("er"): the subject of its own clause
  bool adjective = false;     // a nationality adjective that modifies no agent ("قصف إسرائيلي")
  bool demonym = false;       // a people noun ("Moroccans", "فلسطينيون")
  int person = -1;
  bool struck = false;         // a town attacked ("shelled Kharkiv"): its country the target, the town the place
  int place_alias = -1;  // a gazetteer name (LexiconData::place_aliases), not an actor
  // Resolved group: a unit standing for two parties ("the two ministers").
  std::vector<Unit> pair;
  bool resolved() const { return kind == UnitKind::kActor && (!country.empty() || !igo.empty()); }
  std::string Code() const { return igo.empty() ? country + sector : igo; }
};

// Per-token grammar roles from function.tsv (bit set of lex::Role).
using RoleBits = uint32_t;
inline RoleBits Bit(lex::Role r) { return 1u << static_cast<uint32_t>(r); }

struct SentenceAnalysis {
  std::vector<Unit> units;         // ordered by position
  std::vector<RoleBits> roles;     // per token
  std::vector<match::Hit> events;  // chosen event hits
  std::vector<bool> in_trigger;     // per token: inside a chosen event hit
  std::vector<match::Hit> refines;
  std::vector<match::Hit> days;    // "yesterday", "lundi": days relative to publication
};

}  // namespace dyad::coding
