// The coder's mechanisms on short documents, one table row each, with the
// built lexicon: voice, negation, modality, coordination, coreference, places.
#include <gtest/gtest.h>

#include "dyad/coder.h"
#include "dyad/lexicon.h"

namespace dyad {
namespace {

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lex = Lexicon::Load(DYAD_BINARY_DIR "/dyad.lex");
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    coder_ = new Coder(lex.value());
  }
  static void TearDownTestSuite() { delete coder_; }
  static CodedDocument Code(const std::string& lang, const std::string& text) {
    Document d;
    d.id = "t";
    d.content = text;
    d.published = "2024-04-22";
    d.lang = lang;
    d.origin = "test";
    auto scratch = coder_->NewScratch();
    CodedDocument out;
    Status s = coder_->Code(d, *scratch, &out);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out;
  }
  // "SRC>TGT:root" for each event, country (or IGO) level.
  static std::vector<std::string> Dyads(const CodedDocument& doc) {
    std::vector<std::string> out;
    for (const Event& e : doc.events) {
      auto key = [](const Actor& a) { return a.country.empty() ? a.code : a.country; };
      out.push_back(key(e.source) + ">" + (e.target ? key(*e.target) : "-") + ":" + e.root);
    }
    return out;
  }
  static Coder* coder_;
};
Coder* CoderTest::coder_ = nullptr;

TEST_F(CoderTest, VoiceNegationModalityCoordination) {
  struct Case { const char* lang; const char* text; std::vector<std::string> want; };
  const Case cases[] = {
      // active and passive
      {"en", "Moroccan police arrested three French nationals.", {"MAR>FRA:17"}},
      {"en", "Three French nationals were arrested by Moroccan police.", {"MAR>FRA:17"}},
      {"nl", "De Franse minister prees Marokko.", {"FRA>MAR:05"}},
      {"fr", "Le ministre marocain a été reçu par le président français.", {"FRA>MAR:04"}},
      // negation: no event
      {"en", "The French president did not meet his Algerian counterpart.", {}},
      {"nl", "De Duitse minister heeft zijn Poolse ambtgenoot niet ontmoet.", {}},
      {"fr", "Le ministre français n'a pas rencontré son homologue algérien.", {}},
      // modality: intent to meet (036)
      {"en", "The German chancellor will visit China next week.", {"DEU>CHN:03"}},
      // coordination: a symmetric pair
      {"en", "Morocco and Spain signed an agreement on migration.", {"MAR>ESP:05"}},
      {"nl", "Marokko en Frankrijk kwamen overeen de samenwerking te versterken.", {"MAR>FRA:03"}},
      // Arabic: verb first, the conjunction written onto the second name
      {"ar", "اتفق المغرب وإسبانيا على تعزيز التعاون الأمني.", {"MAR>ESP:03"}},
      // German, Spanish: adjective actors, passive with "von"/"por"
      {"de", "Der französische Präsident wurde von dem marokkanischen König empfangen.", {"MAR>FRA:04"}},
      {"es", "La policía española detuvo a tres ciudadanos marroquíes.", {"ESP>MAR:17"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Dyads(Code(c.lang, c.text)), c.want) << c.lang << ": " << c.text;
}

TEST_F(CoderTest, HeadNounsCaseListsAndSectorSubjects) {
  struct Case { const char* lang; const char* text; std::vector<std::string> want; };
  const Case cases[] = {
      // a nationality adjective before a head noun outside politics is no state actor
      {"en", "The Italian striker praised the French coach after the match.", {}},
      {"nl", "De Franse spits prees de Duitse trainer na de wedstrijd.", {}},
      {"fr", "L'attaquant italien a salué l'entraîneur français après le match.", {}},
      // "US" only as written: the pronoun "us" is no country
      {"en", "Iran accused us of lying.", {}},
      {"en", "Iran accused the US of lying.", {"IRN>USA:11"}},
      {"en", "Iran accused US officials of lying.", {"IRN>USA:11"}},
      // a list before the verb, its conjunction last
      {"en", "Mali, Burkina Faso and Niger accused France of espionage.", {"MLI>FRA:11", "BFA>FRA:11", "NER>FRA:11"}},
      // "a delegation of ECOWAS": the organisation's own envoys
      {"en", "Niger's junta refused to meet a delegation of ECOWAS.", {"NER>IGOWAFWAS:12"}},
      // a sector alone as subject takes the country of the place
      {"en", "Rebels attacked an army base in northern Mali.", {"MLI>MLI:19"}},
      // Brussels: the EU as an actor, Belgium's capital as a place
      {"en", "Brussels threatened Hungary with sanctions.", {"IGOEUREEC>HUN:13"}},
      {"en", "Belgian police arrested a Rwandan activist in Brussels.", {"BEL>RWA:17"}},
      // a nominal trigger: patient after "of", agent after "by"
      {"en", "The arrest of two Russian diplomats by Norwegian police caused tension.", {"NOR>RUS:17"}},
      {"fr", "L'arrestation de deux diplomates russes par la police norvégienne a provoqué des tensions.", {"NOR>RUS:17"}},
      // a passive whose agent is not an actor has no source
      {"en", "Three US soldiers were killed by a roadside bomb near Kirkuk.", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(Dyads(Code(c.lang, c.text)), c.want) << c.lang << ": " << c.text;
}

TEST_F(CoderTest, CounterpartAndPronounCoreference) {
  auto doc = Code("en",
                  "The Moroccan interior minister Abdelouafi Laftit held talks in Rabat with his French counterpart. "
                  "He later praised Spain.");
  EXPECT_EQ(Dyads(doc), (std::vector<std::string>{"MAR>FRA:04", "MAR>ESP:05"}));
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[1].source.text, "He");
  EXPECT_EQ(doc.events[1].source.name, "Abdelouafi Laftit");
}

TEST_F(CoderTest, GazetteerPlacesAndDisambiguation) {
  auto libya = Code("en", "Italian officials met Tunisian officials in Tripoli.");
  ASSERT_FALSE(libya.events.empty());
  ASSERT_TRUE(libya.events[0].location.has_value());
  EXPECT_EQ(libya.events[0].location->country, "LBY");  // the capital of the larger Tripoli
  auto lebanon = Code("en", "Lebanon said on Monday that Syrian officials met Lebanese officials in Tripoli.");
  ASSERT_FALSE(lebanon.events.empty());
  ASSERT_TRUE(lebanon.events[0].location.has_value());
  EXPECT_EQ(lebanon.events[0].location->country, "LBN");  // the document's country wins
  EXPECT_GT(lebanon.events[0].location->geonames_id, 0);
  // A town named in passing is no place of the event.
  auto passing = Code("en", "Barcelona fans met Spanish officials.");
  for (const Event& e : passing.events) EXPECT_FALSE(e.location.has_value());
}

}  // namespace
}  // namespace dyad
