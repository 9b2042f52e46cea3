#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include "dyad/lexicon.h"
#include "lexicon/compiler.h"
#include "lexicon/model.h"
#include "match/matcher.h"

namespace dyad::lex {
namespace {

constexpr const char* kCameo = "04\tCONSULT\t1.0\n040\tConsult\t1.0\tCONSULT\n042\tVisit\t1.9\tCONSULT\tvisit\n"
                               "05\tSUPPORT\t3.5\n051\tPraise\t3.4\tSUPPORT\n";

// Compiles one events.tsv (English stemmer) into a fresh lexicon.
Status CompileEvents(std::string_view events, LexiconData* out) {
  SourceCompiler c(out);
  DYAD_RETURN_IF_ERROR(c.AddCameoTable("cameo/codes.tsv", kCameo));
  DYAD_RETURN_IF_ERROR(c.BeginLanguage("en"));
  DYAD_RETURN_IF_ERROR(c.AddLanguageFile(SourceKind::kLanguage, "en/language.tsv", "stemmer\tenglish\n"));
  DYAD_RETURN_IF_ERROR(c.AddLanguageFile(SourceKind::kLemmas, "en/lemmas.tsv", "met\tmeet\n"));
  DYAD_RETURN_IF_ERROR(c.AddLanguageFile(SourceKind::kEvents, "en/events.tsv", events));
  DYAD_RETURN_IF_ERROR(c.EndLanguage());
  out->BuildIndexes();
  return Status::Ok();
}

TEST(Compiler, ErrorsNameFileLineAndBytes) {
  struct Case { std::string events; std::string want; };
  const Case cases[] = {
      {"meet\t999\n", "en/events.tsv:1: unknown CAMEO code \"999\""},
      {"# comment\n\nmeet\t040\tfast\n", "en/events.tsv:3: unknown event flag \"fast\""},
      {"meet\n", "en/events.tsv:1: expected 2-3 TAB-separated fields, found 1: \"meet\""},
      {"* meet\t040\n", "en/events.tsv:1: a pattern cannot start with a gap"},
      {"meet *\t040\n", "en/events.tsv:1: a pattern cannot end with a gap"},
      {"meet *99 with\t040\n", "en/events.tsv:1: a gap is * or *N with N in 1..20, not \"*99\""},
      {"meet\t040\nvisit\xff\t042\n", "en/events.tsv:2: invalid UTF-8 at \"\\xff"},
      {"held talks|l'union\t040\n", "en/events.tsv:1: an alternative of several tokens must stand alone"},
  };
  for (const auto& c : cases) {
    LexiconData d;
    Status s = CompileEvents(c.events, &d);
    ASSERT_FALSE(s.ok()) << c.events;
    EXPECT_NE(s.ToString().find(c.want), std::string::npos) << s.ToString();
  }
}

// places.tsv (optional tenth field "small") and landmarks.tsv (more names of places added before).
TEST(Compiler, PlacesAndLandmarks) {
  const std::string places =
      "1\tMexico City\tMEX\t09\t19.4\t-99.1\t12294193\tPPLC\tMexico City|Ciudad de México\n"
      "2\tGuatemala City\tGTM\t07\t14.6\t-90.5\t994938\tPPLC\tGuatemala City\n"
      "3\tBernau bei Berlin\tDEU\t11\t52.7\t13.6\t34866\tPPL\tBernau bei Berlin\tsmall\n";
  struct Case { std::string places, landmarks, want; };
  const Case cases[] = {
      {places, "Palacio Nacional\t1,2\n", ""},
      {places + "4\tX\tFRA\t\t1\t1\t1\tPPL\tXyz\ttiny\n", "",
       "geo/places.tsv:4: the tenth field of a place is empty or small, not \"tiny\""},
      {places, "Palacio Nacional\t1,7\n", "geo/landmarks.tsv:1: no place in the gazetteer has geonameid \"7\""},
      {places, "Palacio Nacional\t1;2\n", "geo/landmarks.tsv:1: bad geonameid \"1;2\""},
  };
  for (const auto& c : cases) {
    LexiconData d;
    SourceCompiler comp(&d);
    Status s = comp.AddPlaces("geo/places.tsv", c.places);
    if (s.ok()) s = comp.AddLandmarks("geo/landmarks.tsv", c.landmarks);
    if (!c.want.empty()) {
      EXPECT_NE(s.ToString().find(c.want), std::string::npos) << s.ToString();
      continue;
    }
    ASSERT_TRUE(s.ok()) << s.ToString();
    ASSERT_EQ(d.places.size(), 3u);
    EXPECT_FALSE(d.places[0].small);
    EXPECT_TRUE(d.places[2].small);
    // The landmark is one more name of both places: four names in all, the last one meaning two places.
    ASSERT_EQ(d.place_aliases.size(), 5u);
    EXPECT_EQ(d.place_aliases.back().places, (std::vector<uint32_t>{0, 1}));
    EXPECT_EQ(d.gazetteer.patterns.size(), 5u);
  }
}

TEST(Compiler, CaseFlagAndNonActorSector) {
  struct Case { SourceKind kind; const char* file; std::string content; std::string want; };  // want "" = compiles
  const Case cases[] = {
      {SourceKind::kCountries, "en/demonyms.tsv", "US\tUSA\tname\tcase\n", ""},
      {SourceKind::kCountries, "en/demonyms.tsv", "US\tUSA\tname\tcased\n", "en/demonyms.tsv:1: country flags are case and actor=IGO..., not"},
      {SourceKind::kCountries, "en/countries.tsv", "Brussels\tBEL\tcapital\tactor=IGOEUREEC\n", ""},
      {SourceKind::kCountries, "en/countries.tsv", "Belgium\tBEL\tname\tactor=IGOEUREEC\n", "en/countries.tsv:1: actor= is for capitals"},
      {SourceKind::kCountries, "en/demonyms.tsv", "US|UK\tUSA\tname\tcase\n", "en/demonyms.tsv:1: a case-sensitive phrase"},
      {SourceKind::kIgos, "en/igos.tsv", "WHO\tIGOUNOHLHWHO\tcase\n", ""},
      {SourceKind::kIgos, "en/igos.tsv", "WHO\tIGOUNOHLHWHO\tpl\n", "en/igos.tsv:1: the only IGO flag is case"},
      {SourceKind::kAgents, "en/agents.tsv", "striker\t-\n", ""},
      {SourceKind::kAgents, "en/agents.tsv", "striker\t--\n", "en/agents.tsv:1: a sector is three capitals or -"},
  };
  for (const auto& c : cases) {
    LexiconData d;
    SourceCompiler comp(&d);
    ASSERT_TRUE(comp.AddCameoTable("cameo/codes.tsv", kCameo).ok());
    ASSERT_TRUE(comp.BeginLanguage("en").ok());
    ASSERT_TRUE(comp.AddLanguageFile(SourceKind::kLanguage, "en/language.tsv", "stemmer\tenglish\n").ok());
    Status s = comp.AddLanguageFile(c.kind, c.file, c.content);
    if (std::string(c.want).empty()) {
      ASSERT_TRUE(s.ok()) << s.ToString();
      const Pattern& p = d.langs[0].patterns.back();
      EXPECT_EQ(p.cased, c.content.find("\tcase") != std::string::npos ? c.content.substr(0, c.content.find('\t')) : "");
      if (c.content.find("actor=") != std::string::npos) {
        EXPECT_EQ(d.langs[0].countries.back().actor_igo, "IGOEUREEC");
      }
    } else {
      EXPECT_NE(s.ToString().find(c.want), std::string::npos) << s.ToString();
    }
  }
}

TEST(Compiler, StemsPatternsAndLemmas) {
  LexiconData d;
  ASSERT_TRUE(CompileEvents("meet * with\t040\tsym\npraised|=lauded\t051\n", &d).ok());
  const LanguagePack& en = d.langs[0];
  ASSERT_EQ(en.patterns.size(), 2u);
  EXPECT_EQ(en.patterns[0].elements.size(), 2u);
  EXPECT_EQ(en.patterns[0].elements[1].max_gap_before, 8);
  EXPECT_TRUE(en.events[0].sym);
  // "praised" is stemmed ("prais"), "=lauded" kept as a surface form.
  EXPECT_NE(d.Find("prais"), kNoId);
  EXPECT_NE(d.Find("lauded"), kNoId);
}

TEST(Artifact, RoundTripAndChecks) {
  LexiconData d;
  ASSERT_TRUE(CompileEvents("meet * with\t040\tsym\n", &d).ok());
  Lexicon lex(std::make_unique<LexiconData>(d));
  std::string bytes = lex.Serialize();
  auto back = Lexicon::FromBytes(bytes, "x.lex");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back.value()->data().vocab, d.vocab);
  EXPECT_EQ(back.value()->Serialize(), bytes);

  std::string bad_magic = bytes;
  bad_magic[0] = 'X';
  EXPECT_NE(Lexicon::FromBytes(bad_magic, "x.lex").status().message().find("bad magic"), std::string::npos);
  std::string other_version = bytes;
  other_version[8] = 99;
  EXPECT_EQ(Lexicon::FromBytes(other_version, "x.lex").status().code(), StatusCode::kVersionMismatch);
  EXPECT_NE(Lexicon::FromBytes(bytes.substr(0, bytes.size() - 3), "x.lex").status().message().find("truncated"),
            std::string::npos);
  std::string flipped = bytes;
  flipped.back() ^= 1;
  EXPECT_NE(Lexicon::FromBytes(flipped, "x.lex").status().message().find("checksum"), std::string::npos);
  EXPECT_EQ(Lexicon::FromBytes(bytes, "x.lex").status().ToString(), "ok");
}

TEST(Artifact, TheBuiltArtifactLoads) {
  auto lex = Lexicon::Load(DYAD_BINARY_DIR "/dyad.lex");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  auto langs = lex.value()->Languages();
  for (const char* l : {"en", "fr", "nl"})
    EXPECT_NE(std::find(langs.begin(), langs.end(), l), langs.end()) << l;
}

// The fast matcher against its naive twin, on random token streams over a
// small vocabulary so that matches (with gaps and alternatives) are frequent.
TEST(Matcher, AgreesWithNaiveTwin) {
  LexiconData d;
  ASSERT_TRUE(CompileEvents("a b\t040\na * b\t040\na *2 c d\t042\nb|c a\t051\n=d *3 =d *1 a\t040\n"
                            "c\t040\na b c\t042\nd|=a b|c *4 d\t051\n",
                            &d)
                  .ok());
  const LanguagePack& lang = d.langs[0];
  std::vector<uint32_t> ids;
  for (const char* w : {"a", "b", "c", "d"}) ids.push_back(d.Find(w));
  ids.push_back(kNoId);
  // Ids no pattern uses: the fast matcher's sentence filter must still pass the ones it can match.
  for (uint32_t id : {1000u, 4096u, 77777u}) ids.push_back(id);
  std::mt19937 rng(7);
  std::vector<match::Hit> fast, naive;
  size_t total = 0;
  for (int round = 0; round < 3000; ++round) {
    std::vector<match::TokenKeys> toks(rng() % 40);
    for (auto& t : toks) {
      t.surface = ids[rng() % ids.size()];
      t.stem = rng() % 4 ? t.surface : ids[rng() % ids.size()];
      // A clitic reading, which the analyser gives only a known word (TokenAnalyzer::Keys).
      if (t.surface != kNoId && rng() % 5 == 0) t.alt_surface = ids[rng() % ids.size()];
    }
    size_t cap = round % 10 == 0 ? 5 : 1000;
    match::FindAll(lang, toks, cap, &fast);
    match::FindAllNaive(lang, toks, cap, &naive);
    ASSERT_EQ(fast, naive) << "round " << round;
    total += fast.size();
    // With a start mask: the naive hits that begin at allowed tokens.
    std::vector<bool> starts(toks.size());
    for (size_t t = 0; t < starts.size(); ++t) starts[t] = rng() % 2;
    match::FindAll(lang, toks, 100000, &fast, &starts);
    match::FindAllNaive(lang, toks, 100000, &naive);
    std::erase_if(naive, [&](const match::Hit& h) { return !starts[h.begin]; });
    ASSERT_EQ(fast, naive) << "masked round " << round;
  }
  EXPECT_GT(total, 10000u);  // the test exercised many matches
}

TEST(Matcher, AgreesWithNaiveTwinOnTheRealLexicon) {
  auto lex = Lexicon::Load(DYAD_BINARY_DIR "/dyad.lex");
  ASSERT_TRUE(lex.ok());
  const LexiconData& d = lex.value()->data();
  std::mt19937 rng(11);
  size_t total = 0;
  for (const LanguagePack& lang : d.langs) {
    // Draw tokens from the language's own pattern vocabulary.
    std::vector<match::TokenKeys> pool;
    for (const auto& p : lang.patterns)
      for (const auto& e : p.elements) {
        for (uint32_t id : e.surface) pool.push_back({id, kNoId});
        for (uint32_t id : e.stem) pool.push_back({kNoId, id});
      }
    std::vector<match::Hit> fast, naive;
    for (int round = 0; round < 200; ++round) {
      std::vector<match::TokenKeys> toks(20 + rng() % 30);
      for (auto& t : toks) t = pool[rng() % pool.size()];
      match::FindAll(lang, toks, 4096, &fast);
      match::FindAllNaive(lang, toks, 4096, &naive);
      ASSERT_EQ(fast, naive) << lang.code << " round " << round;
      total += fast.size();
    }
  }
  EXPECT_GT(total, 1000u);
}

}  // namespace
}  // namespace dyad::lex

namespace dyad::lex {
namespace {

// days.tsv: day offsets, weekdays, weekN / monthN, and {month} phrases expanded with
// the language's months.tsv into one pattern whose month is read from the text.
Status CompileDays(std::string_view days, std::string_view months, LexiconData* out) {
  SourceCompiler c(out);
  DYAD_RETURN_IF_ERROR(c.AddCameoTable("cameo/codes.tsv", kCameo));
  DYAD_RETURN_IF_ERROR(c.BeginLanguage("en"));
  DYAD_RETURN_IF_ERROR(c.AddLanguageFile(SourceKind::kLanguage, "en/language.tsv", "stemmer\tenglish\n"));
  DYAD_RETURN_IF_ERROR(c.AddLanguageFile(SourceKind::kDays, "en/days.tsv", days));
  DYAD_RETURN_IF_ERROR(c.AddLanguageFile(SourceKind::kMonths, "en/months.tsv", months));
  DYAD_RETURN_IF_ERROR(c.EndLanguage());
  out->BuildIndexes();
  return Status::Ok();
}

TEST(Compiler, DaysValues) {
  LexiconData d;
  ASSERT_TRUE(CompileDays("yesterday\t-1\nmonday\tmon\nlast week\tweek-1\nlast month\tmonth-1\nin {month}\tmonth\n",
                          "march\t3\nmar\t3\napril\t4\n", &d)
                  .ok());
  const LanguagePack& en = d.langs.at(0);
  ASSERT_EQ(en.days.size(), 5u);  // {month}: one entry, not one per month name
  EXPECT_EQ(en.days[0].offset, -1);
  EXPECT_EQ(en.days[1].weekday, 1);
  EXPECT_EQ(en.days[2].unit, DateUnit::kWeek);
  EXPECT_EQ(en.days[2].offset, -1);
  EXPECT_EQ(en.days[3].unit, DateUnit::kMonth);
  EXPECT_EQ(en.days[3].offset, -1);
  EXPECT_EQ(en.days[4].unit, DateUnit::kMonth);
  EXPECT_EQ(en.days[4].month, -1);

  struct Case { std::string days, months, want; };
  const Case bad[] = {
      {"soon\tweek99\n", "march\t3\n", "en/days.tsv:1: a day is -31..31, mon..sun, week-52..week52"},
      {"soon\tmonthly\n", "march\t3\n", "en/days.tsv:1: a day is"},
      {"soon\tmonth\n", "march\t3\n", "en/days.tsv:1: value 'month' needs a phrase with {month}"},
      {"in {month}\tmonth\n", "", "en/days.tsv:1: {month} needs months.tsv"},
  };
  for (const auto& c : bad) {
    LexiconData e;
    Status s = CompileDays(c.days, c.months, &e);
    ASSERT_FALSE(s.ok()) << c.days;
    EXPECT_NE(s.ToString().find(c.want), std::string::npos) << s.ToString();
  }
}

TEST(Compiler, WeekendAndNeighbours) {
  LexiconData d;
  ASSERT_TRUE(CompileDays("the weekend\tweekend\n", "march\t3\n", &d).ok());
  const LanguagePack& en = d.langs.at(0);
  ASSERT_EQ(en.days.size(), 1u);
  EXPECT_EQ(en.days[0].unit, DateUnit::kWeek);
  EXPECT_EQ(en.days[0].weekday, 7);

  // Land borders both ways, sorted and without repeats, for a binary search.
  SourceCompiler c(&d);
  ASSERT_TRUE(c.AddNeighbours("geo/neighbours.tsv", "# iso3\tneighbours\nLTU\tBLR|POL\nPOL\tLTU\n").ok());
  EXPECT_EQ(d.neighbours, (std::vector<std::string>{"BLRLTU", "LTUBLR", "LTUPOL", "POLLTU"}));
  Status bad = c.AddNeighbours("geo/neighbours.tsv", "LTU\tBelarus\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.ToString().find("geo/neighbours.tsv:1: not an ISO alpha-3 code"), std::string::npos) << bad.ToString();
}

}  // namespace
}  // namespace dyad::lex
