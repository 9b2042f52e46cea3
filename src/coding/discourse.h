// Actor recognition and discourse for one document: units from lexicon hits,
// composed into actors, resolved against what the document said before.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "coding/units.h"
#include "dyad/event.h"
#include "lexicon/model.h"
#include "match/matcher.h"
#include "text/tokenize.h"

namespace dyad::coding {

struct Sentence {
  uint32_t begin, end;          // bytes in the coded text
  uint32_t tok_begin, tok_end;  // into DocState::tokens
  bool title;
};

struct DocState {
  DocState(const lex::LexiconData& d, const lex::LanguagePack& l, std::string_view t) : data(d), lang(l), text(t) {}
  const lex::LexiconData& data;
  const lex::LanguagePack& lang;
  std::string_view text;
  std::string date;
  std::vector<text::RawToken> tokens;
  std::vector<match::TokenKeys> keys;
  std::vector<Sentence> sentences;
  std::vector<std::vector<match::Hit>> hits;  // per sentence
  std::vector<std::vector<match::Hit>> place_hits;  // gazetteer, per sentence
  std::unordered_set<uint32_t> persons_named;  // persons named in full somewhere in the document
  std::vector<std::string> countries;          // every country mentioned, in order
  // Discourse.
  std::vector<Unit> recent;  // resolved actors, most recent last
  std::optional<Unit> last_subject;
  std::optional<Unit> last_object;  // the target of the last event, for "ihn", "him"
  std::vector<Unit> clause_subjects;  // the sources of the first event coded in the current sentence
};

// A gazetteer place this document can mean: a major place, or a small one in a country the
// document names ("Solhan" in a story on Burkina Faso is not the Turkish town of that name).
inline bool PlaceFits(const DocState& st, const lex::Place& p) {
  return !p.small || std::find(st.countries.begin(), st.countries.end(), p.country) != st.countries.end();
}

// Reads sentence `si`'s hits into units, grammar roles, triggers and refinements.
SentenceAnalysis Analyse(DocState& st, size_t si);
// Marks capitals used as places (after "in", or in dateline position when `lead`).
void MarkPlaces(const DocState& st, const Sentence& s, SentenceAnalysis& a, bool lead);
// Merges modifiers into the actors they modify ("de Franse minister" = FRA GOV).
void Compose(const DocState& st, const Sentence& s, SentenceAnalysis& a);
// Resolves pronouns, counterparts, "the Kingdom", sector words against the discourse.
void Resolve(DocState& st, SentenceAnalysis& a);
// Adds a resolved actor to the discourse.
void Remember(DocState& st, const Unit& u);
bool HasRole(const SentenceAnalysis& a, uint32_t from, uint32_t to, lex::Role r);
// Token `t` ends or starts a clause: a clause word, a conjunction, or , ; : ( ) quotes or a dash.
bool ClauseEdge(const DocState& st, const Sentence& s, const SentenceAnalysis& a, uint32_t t);
// A unit that can be source or target: resolved, or a pair of parties.
bool Usable(const Unit& u);
// A sector word with no country ("police", "migrants").
bool SectorOnly(const Unit& u);
// Unit indices coordinated with unit `i` ("Mali, Burkina Faso and Niger"), walking left (-1) or right (+1).
std::vector<int> Coordinated(const DocState& st, const Sentence& s, const SentenceAnalysis& a, int i, int dir);
// The subject group ending at unit `i`: a coordination, or a resolved pair.
std::vector<const Unit*> Group(const DocState& st, const Sentence& s, const SentenceAnalysis& a, int i);
Actor MakeActor(const DocState& st, const Sentence& s, const Unit& u);
// DYAD_DEBUG=1: the sentence's units, triggers and roles on stderr.
void DebugSentence(const DocState& st, const Sentence& s, const SentenceAnalysis& a);

}  // namespace dyad::coding
