// Source-format compiler: text files -> LexiconData. Exposed inside the
// library so that the fuzzer and unit tests can feed single files.
#pragma once

#include <functional>
#include <memory>
#include <vector>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "lexicon/model.h"
#include "text/stemmer.h"

namespace dyad::lex {

enum class SourceKind { kLanguage, kCountries, kIgos, kAgents, kEvents, kRefine, kFunction, kLemmas,
                        kFurniture, kAbbreviations, kMonths, kDays };

// Maps a file name in a language folder ("events.tsv") to its kind.
bool SourceKindForFile(std::string_view filename, SourceKind* kind);

class SourceCompiler {
 public:
  explicit SourceCompiler(LexiconData* out) : out_(out) {}

  // Tables shared by all languages. Must come before AddLanguageFile so
  // that CAMEO codes can be checked.
  Status AddCameoTable(std::string_view name, std::string_view content);
  Status AddIntent(std::string_view name, std::string_view content);
  Status AddMonarchies(std::string_view name, std::string_view content);
  Status AddPersons(std::string_view name, std::string_view content);
  Status AddCapitals(std::string_view name, std::string_view content);
  // The gazetteer: geonameid, name, country, admin1, lat, lon, population,
  // feature, names (|-separated) and, for a small place, "small". Compiled into LexiconData::gazetteer.
  Status AddPlaces(std::string_view name, std::string_view content);
  // Landmarks named instead of their city: name, GeoNames ids (comma-separated) of
  // places added before. Each name becomes one more alias of those places.
  Status AddLandmarks(std::string_view name, std::string_view content);
  // iso3, iso2, fips, name.
  Status AddCountryInfo(std::string_view name, std::string_view content);
  Status AddNeighbours(std::string_view name, std::string_view content);

  // Starts a language; language.tsv and lemmas.tsv must be added before the
  // pattern files of that language (Compile() orders them).
  Status BeginLanguage(std::string_view code);
  Status AddLanguageFile(SourceKind kind, std::string_view name, std::string_view content);
  // Adds the persons (compiled once per language: names are tokenised with
  // that language's rules).
  Status EndLanguage();

 private:
  Status ForEachLine(std::string_view name, std::string_view content, size_t min_fields, size_t max_fields,
                     const std::function<Status(const std::vector<std::string_view>&, uint32_t)>& fn);
  // Makes the pattern just added case-sensitive: spelled exactly as `phrase` (without spaces).
  void SetCased(std::string_view phrase);
  Status AddPattern(std::string_view phrase, bool stem_default, EntryKind kind, uint32_t payload, uint32_t file,
                    uint32_t line);
  uint32_t Intern(const std::string& s);
  uint32_t FileIndex(std::string_view name);
  std::string Key(std::string_view folded, bool stem);

  LexiconData* out_;
  LanguagePack* lang_ = nullptr;
  std::unique_ptr<text::Stemmer> stemmer_;
  std::unordered_map<std::string, uint32_t> intern_;
  // The gazetteer's names so far: folded name -> place_aliases[].
  std::unordered_map<std::string, uint32_t> place_alias_index_;
  Status AddPlaceAlias(std::string_view alias, uint32_t pid, uint32_t file, uint32_t line);
  std::vector<std::vector<std::string>> persons_variants_;  // by person id
  // days.tsv phrases with {month}, expanded with the language's month names at its end.
  struct MonthPhrase { std::string phrase; uint32_t file, line; };
  std::vector<MonthPhrase> month_phrases_;
};

}  // namespace dyad::lex
