// The coder's mechanisms on short documents, one table row each, with the
// built lexicon: voice, negation, modality, coordination, coreference, places.
#include "coder_fixture.h"

namespace dyad {
namespace {

using CoderTest = CoderFixture;

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
      // a town name inside a longer capitalised name is no place ("Cabo" of Cabo Delgado is a
      // Brazilian town): the kidnappers get no country from it
      {"pt", "Homens armados sequestraram dois cooperantes italianos em Cabo Delgado.", {}},
      // an adjective before the noun names its state, not the city the embassy is in
      {"nl", "De Russische ambassade in Den Haag veroordeelde de arrestatie van twee journalisten.", {"RUS>NLD:11"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Dyads(Code(c.lang, c.text)), c.want) << c.lang << ": " << c.text;
}

TEST_F(CoderTest, SharedSubjectSectorPatientNominalCoreference) {
  struct Case { const char* lang; const char* text; std::vector<std::string> want; };
  const Case cases[] = {
      // a verb coordinated with an earlier one shares its subject, not the object before "y"/"e"
      {"es", "El Gobierno español recibió al ministro francés y firmó un acuerdo con Marruecos.",
       {"ESP>FRA:04", "ESP>MAR:05"}},
      {"it", "Il governo italiano ha ricevuto il ministro francese e ha firmato un accordo con la Tunisia.",
       {"ITA>FRA:04", "ITA>TUN:05"}},
      {"es", "Los presidentes de Chile y Argentina se reunieron en Santiago y firmaron un acuerdo.",
       {"CHL>ARG:04", "CHL>ARG:05"}},
      // the patient of a passive may be a sector alone, localised from the agent
      {"es", "Dos periodistas fueron detenidos por la policía venezolana.", {"VEN>VEN:17"}},
      // after an active auxiliary, "dalla" is "from", not the agent of a passive
      {"it", "La Turchia ha ritirato le truppe dalla Siria.", {"TUR>SYR:08"}},
      // a subject without a country is of the place where it acts; with no place, nothing is coded
      {"pt", "Homens armados sequestraram dois cooperantes italianos em Niamey.", {"NER>ITA:18"}},
      {"pt", "Homens armados sequestraram dois cooperantes italianos.", {}},
      // a country named after a locative places a sector word without a country
      {"it", "Due cittadini albanesi sono stati arrestati dalla polizia in Italia.", {"ITA>ALB:17"}},
      // a sector word inside the event phrase is its target when there is no other
      {"it", "La polizia tunisina ha disperso i manifestanti con gas lacrimogeni.", {"TUN>TUN:17"}},
      // a people protesting against its own government
      {"pt", "Milhares de georgianos manifestaram-se contra o governo.", {"GEO>GEO:14"}},
      // "por" after a trigger with its object is "about", not the agent of a passive
      {"es", "El Gobierno alemán expresó su preocupación por Libia.", {"DEU>LBY:01"}},
      // a grammar word with two roles: "será" is both a future and a passive auxiliary
      {"pt", "O presidente ucraniano será recebido na Casa Branca pelo presidente americano.", {"USA>UKR:03"}},
      // an object of the subject's own country is passed over for the next actor
      {"it", "Il presidente italiano ha espresso il pieno sostegno dell'Italia all'Ucraina.", {"ITA>UKR:05"}},
      // "la mandataria" is the last subject (a person of that sector), not the last person named
      {"es", "La presidenta de México, Claudia Sheinbaum, habló por teléfono con Donald Trump. La mandataria elogió a Canadá.",
       {"MEX>USA:04", "MEX>CAN:05"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Dyads(Code(c.lang, c.text)), c.want) << c.lang << ": " << c.text;
}

// Arabic word order and morphology: verb-subject-object with a sector object, a named group
// with its country, the adjective agent of a nominal trigger, a participle clause, vowel marks,
// a clitic before the article, a clitic form that is also a word of another phrase.
TEST_F(CoderTest, ArabicClausesAndWords) {
  struct Case { const char* text; std::vector<std::string> want; };
  const Case cases[] = {
      {"اعتقلت الشرطة التونسية خمسة مهاجرين.", {"TUN>TUN:17"}},
      {"هاجم الحوثيون سفينة تجارية بريطانية.", {"YEM>GBR:19"}},
      {"استشهد ثلاثة فلسطينيين في قصف إسرائيلي.", {"ISR>PSE:19"}},
      {"قطعت الجزائر علاقاتها مع المغرب، متهمة المملكة بأعمال عدائية.", {"DZA>MAR:16", "DZA>MAR:11"}},
      {"وقّعت موريتانيا والسنغال اتفاقية للتعاون.", {"MRT>SEN:05"}},
      {"التقى الرئيس التونسي بوزير خارجية الولايات المتحدة.", {"TUN>USA:04"}},
      {"أدان مجلس السلم والأمن التابع للاتحاد الأفريقي الانقلاب في النيجر.", {"IGOAFRAFU>NER:11"}},
      // two subjects of a directed event without a target are no dyad of their own
      {"رحب الاتحاد الأفريقي وفرنسا بالاتفاق.", {}},
      {"دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الجيش السوداني إلى وقف إطلاق النار.", {"IGOUNO>SDN:02"}},
      // a verb with an object pronoun continues the last event's subject and object
      {"استقبل العاهل الأردني وزير الخارجية الأمريكي. ودعاه إلى وقف إطلاق النار.", {"JOR>USA:04", "JOR>USA:02"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Dyads(Code("ar", c.text)), c.want) << c.text;
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
  // The town of a sector word ("la polizia di Torino") is where it acts, and gives it its country.
  auto turin = Code("it", "La polizia di Torino ha arrestato due cittadini tunisini.");
  ASSERT_EQ(Dyads(turin), std::vector<std::string>{"ITA>TUN:17"});
  ASSERT_TRUE(turin.events[0].location.has_value());
  EXPECT_EQ(turin.events[0].location->country, "ITA");
  // A statement takes no place from an earlier sentence.
  auto concern = Code("fr", "Des soldats maliens ont attaqué un village à Gao. Le gouvernement français a exprimé sa préoccupation.");
  ASSERT_FALSE(concern.events.empty());
  for (const Event& e : concern.events)
    if (e.root == "01") {
      EXPECT_FALSE(e.location.has_value());
    }
  // A town named in passing is no place of the event.
  auto passing = Code("en", "Barcelona fans met Spanish officials.");
  for (const Event& e : passing.events) EXPECT_FALSE(e.location.has_value());
}

// An antecedent from an earlier, longer sentence: its actors stand at the verb that carries them
// (the fixture checks every span lies in the event's sentence).
TEST_F(CoderTest, PronounVerbAfterALongSentence) {
  auto doc = Code("ar",
                  "استقبل العاهل الأردني في قصر الحسينية في عمان مساء يوم الاثنين الماضي وزير الخارجية الأمريكي. "
                  "ودعاه إلى التهدئة. وأضاف البيان.");
  EXPECT_EQ(Dyads(doc), (std::vector<std::string>{"JOR>USA:04", "JOR>USA:02"}));
}

// A town attacked stands for its country as the target and is the event's place; a town named
// in passing is neither.
TEST_F(CoderTest, AttackedTownIsTargetAndPlace) {
  auto active = Code("en", "Russian forces shelled Kharkiv on Sunday.");
  ASSERT_EQ(Dyads(active), (std::vector<std::string>{"RUS>UKR:19"}));
  ASSERT_TRUE(active.events[0].location.has_value());
  EXPECT_EQ(active.events[0].location->canonical, "Kharkiv");
  EXPECT_EQ(Dyads("nl", "Charkiv is zondag opnieuw zwaar bestookt door het Russische leger."),
            (std::vector<std::string>{"RUS>UKR:19"}));
  EXPECT_TRUE(Dyads("en", "Barcelona fans praised the Spanish coach.").empty());
}

}  // namespace
}  // namespace dyad
