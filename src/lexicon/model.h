// The in-memory form of a compiled lexicon. Built once (by the compiler or by
// loading the artifact), then immutable and shared by all threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/first_index.h"

namespace dyad::lex {

enum class EntryKind : uint8_t { kCountry, kIgo, kAgent, kEvent, kRefine, kFunction, kPerson, kPlace, kDay };
enum class CountryKind : uint8_t { kName, kAdj, kDemonym, kCapital };
enum class Role : uint8_t {
  kNeg, kModal, kPassiveAux, kPassiveBy, kConj, kOf, kLoc, kPronSg, kPronPl, kCounterpart, kKingdom, kClause, kPronObj, kActiveAux, kCause, kDest,
  kBorder, kRegion, kLand,  // "border"; a cardinal region ("north", "southern"); "the country"
  kWhere,                   // a relative "where" (wo, où, حيث)
  kPost,                    // a diplomat posted abroad ("ambassador"): "in X" after it is the post
  kTerritory                // a country's own ground ("its coasts", "son territoire")
};

// One position of a pattern: a token whose surface id is one of `surface`
// or whose stem id is one of `stem`, found after skipping at most
// `max_gap_before` tokens.
struct Element {
  uint8_t max_gap_before = 0;
  std::vector<uint32_t> surface, stem;
};

struct Pattern {
  std::vector<Element> elements;
  EntryKind kind = EntryKind::kEvent;
  uint32_t payload = 0;  // index into the table of `kind`
  uint32_t file = 0;     // index into LexiconData::source_files, for messages
  uint32_t line = 0;
  // Non-empty for a case-sensitive entry (flag `case`): the phrase as written,
  // without spaces; the matched tokens' raw text must spell it exactly ("US", not "us").
  std::string cased;
};

// `actor_igo`: a seat that, as an actor, stands for an organisation, not its state
// ("Brussels threatened Hungary" = the EU); as a place it stays in `iso3`.
struct CountryEntry { std::string iso3; CountryKind kind = CountryKind::kName; std::string actor_igo; };
struct IgoEntry { std::string code; };
// country: a national institution that names its state (Bundeswehr -> DEU), else empty.
struct AgentEntry { std::string sector; bool plural = false; std::string country; };
struct EventEntry { std::string code; bool sym = false, solo = false, passive = false, group = false, subject = false, object = false; };
struct RefineEntry { std::string base, refined; };
struct FunctionEntry { Role role = Role::kNeg; };
struct PersonAlias { uint32_t person = 0; bool weak = false; };
// A time relative to publication: an offset in days, or a weekday (1 Monday .. 7
// Sunday); an offset in weeks ("last week") or the week of a weekday ("the weekend": Sunday);
// an offset in months ("last month"); or a named month
// ("in March": `month` 1..12, the last one on or before publication; -1: the month
// named in the matched words).
enum class DateUnit : int32_t { kDay = 0, kWeek = 1, kMonth = 2 };
struct DayEntry {
  int32_t offset = 0;
  int32_t weekday = 0;
  DateUnit unit = DateUnit::kDay;
  int32_t month = 0;
};

struct Office { std::string country, sector, role, from, to; };
struct Person { std::string name; std::vector<Office> offices; };

struct Settings {
  uint32_t negation_before = 3, negation_after = 2, modal_before = 4, actor_window = 15;
  uint32_t verb_final = 0;  // 1: clauses may end in their verb (nl, de): "heeft X Y ontvangen"
  uint32_t balanced_gaps = 0;  // 1: an event pattern's gap does not cross a lone comma (a clause boundary)
  uint32_t adjective_agent = 0;  // 1: an adjective right after a trigger is its agent ("قصف إسرائيلي")
  uint32_t verb_first = 1;  // 0: no actor before a trigger means no subject (en: "leaders meeting in Abuja")
};

struct LanguagePack {
  std::string code, stemmer;
  Settings settings;
  std::vector<Pattern> patterns;
  std::vector<CountryEntry> countries;
  std::vector<IgoEntry> igos;
  std::vector<AgentEntry> agents;
  std::vector<EventEntry> events;
  std::vector<RefineEntry> refines;
  std::vector<FunctionEntry> functions;
  std::vector<PersonAlias> person_aliases;
  std::vector<DayEntry> days;
  std::vector<std::pair<std::string, std::string>> lemmas;  // folded form -> folded lemma
  std::vector<std::string> furniture;                       // folded whole lines
  std::vector<std::string> abbreviations;                   // folded, with final '.'
  std::vector<std::pair<std::string, uint32_t>> months;     // folded name -> 1..12
  std::vector<std::string> prefix_clitics;                 // folded, longest first (Arabic و ب ال ...)
  std::vector<std::string> conj_clitics;                   // clitics that mean "and" (Arabic و)
  std::vector<std::string> loc_clitics;                    // prefix clitics that mean "in/at" (Arabic ب, بال)
  std::vector<std::string> future_endings;                 // folded endings of the synthetic future ("ra", "rá")

  // Derived at load time, never serialised.
  FirstIndex first_by_surface, first_by_stem;
  std::unordered_map<std::string, std::string> lemma_index;
  std::unordered_set<std::string> abbreviation_set;
};

struct CameoCode {
  std::string code, name;
  double goldstein = 0;
  std::string plover_type, plover_mode;
};

struct Capital {
  std::string iso3, name;
  double lat = 0, lon = 0;
  int64_t geonames_id = 0, population = 0;
};

// A gazetteer place (GeoNames) and the places one written name can mean.
struct Place {
  int64_t geonames_id = 0;
  std::string name, country, admin1, feature;
  double lat = 0, lon = 0;
  int64_t population = 0;
  // A small place (a village, town or camp below the gazetteer's major tier): taken only in a
  // document that names its country, and never instead of a major place of the same name.
  bool small = false;
};
struct PlaceAlias { std::vector<uint32_t> places; };
// Country codes for exports (GDELT geography uses FIPS 10-4).
struct CountryInfo { std::string iso3, iso2, fips, name; };

struct LexiconData {
  std::vector<std::string> vocab;  // id -> folded surface or stem
  std::vector<LanguagePack> langs;
  std::vector<Person> persons;
  std::vector<CameoCode> cameo;
  std::vector<std::pair<std::string, std::string>> intent;  // root -> intent code
  std::vector<std::string> monarchies;
  std::vector<std::string> neighbours;  // "AAABBB": A borders B by land (both ways), sorted
  std::vector<Capital> capitals;
  std::vector<Place> places;
  std::vector<PlaceAlias> place_aliases;
  LanguagePack gazetteer;  // language-independent place-name patterns (kind kPlace)
  std::vector<CountryInfo> country_info;
  std::vector<std::string> source_files;

  // Derived at load time.
  std::unordered_map<std::string_view, uint32_t> vocab_index;
  std::unordered_map<std::string, uint32_t> cameo_index;
  std::unordered_map<std::string, std::string> intent_index;
  std::unordered_set<std::string> monarchy_set, furniture_set;
  std::unordered_map<std::string, uint32_t> capital_index;  // iso3 -> capitals[]
  std::unordered_map<std::string, uint32_t> month_index;    // all languages' month names
  std::unordered_map<std::string, uint32_t> country_info_index;  // iso3 -> country_info[]

  uint32_t Find(std::string_view s) const {
    auto it = vocab_index.find(s);
    return it == vocab_index.end() ? kNoId : it->second;
  }
  const LanguagePack* Lang(std::string_view code) const {
    for (const auto& l : langs)
      if (l.code == code) return &l;
    return nullptr;
  }
  // Builds every derived index from the serialised fields.
  void BuildIndexes();
};

}  // namespace dyad::lex
