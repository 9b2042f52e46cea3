// When and where on short documents in the eight languages, one table row each,
// with the built lexicon: time phrases of days.tsv, datelines, places (issue #4).
#include "coder_fixture.h"

namespace dyad {
namespace {

struct Case {
  const char* lang;
  const char* text;
  const char* date;
  const char* precision;
  const char* place;  // "canonical/ISO3", "/ISO3" at country level, "-" for none
};

std::string PlaceOf(const Event& e) {
  if (!e.location) return "-";
  return (e.location->precision == "country" ? "" : e.location->canonical) + "/" + e.location->country;
}

using WhenWhere = CoderFixture;

TEST_F(WhenWhere, EightLanguages) {
  // Published on Wednesday 24 April 2024.
  const Case cases[] = {
      {"en", "Moroccan police arrested three French nationals in Rabat last week.", "2024-04-15", "week", "Rabat/MAR"},
      {"en", "Moroccan police arrested three French nationals two days ago.", "2024-04-22", "day", "-"},
      {"en", "Moroccan police arrested three French nationals in March.", "2024-03-01", "month", "-"},
      // a capital standing for its government is not a place
      {"en", "Rabat and Paris agreed on Monday to speed up returns.", "2024-04-22", "day", "-"},
      // a plan is dated when announced
      {"en", "The German chancellor will visit China next week.", "2024-04-24", "day", "-"},
      {"nl", "De Marokkaanse politie heeft vorige week in Tanger drie Franse staatsburgers opgepakt.", "2024-04-15",
       "week", "Tangier/MAR"},
      {"fr", "La police marocaine a arrêté il y a deux jours trois ressortissants français à Casablanca.",
       "2024-04-22", "day", "Casablanca/MAR"},
      {"de", "Die marokkanische Polizei hat vor zwei Wochen in Casablanca drei Franzosen festgenommen.",
       "2024-04-08", "week", "Casablanca/MAR"},
      {"es", "La policía marroquí detuvo el mes pasado en Tánger a tres ciudadanos franceses.", "2024-03-01",
       "month", "Tangier/MAR"},
      {"it", "La polizia marocchina ha arrestato la settimana scorsa a Casablanca tre cittadini francesi.",
       "2024-04-15", "week", "Casablanca/MAR"},
      {"pt", "A polícia marroquina deteve na semana passada em Casablanca três cidadãos franceses.", "2024-04-15",
       "week", "Casablanca/MAR"},
      {"ar", "اعتقلت الشرطة المغربية في مارس ثلاثة مواطنين فرنسيين في طنجة.", "2024-03-01", "month", "Tangier/MAR"},
      // a time after "of" dates a noun, not the event; "la noche del viernes" is a day
      {"nl", "Nederland heeft zijn hulp aan Niger opgeschort na de staatsgreep van vorige week.", "2024-04-24",
       "day", "-"},
      {"es", "La policía marroquí detuvo la noche del viernes a tres ciudadanos franceses.", "2024-04-19", "day",
       "-"},
      // a place written with a locative clitic
      {"ar", "استقبل وزير الخارجية السعودي، الاثنين، بالرياض نظيره الجزائري.", "2024-04-22", "day", "Riyadh/SAU"},
      // a clitic with the article keeps it: بالدار البيضاء = ب + الدار البيضاء
      {"ar", "اعتقلت الشرطة المغربية الأسبوع الماضي بالدار البيضاء ثلاثة مواطنين فرنسيين.", "2024-04-15", "week",
       "Casablanca/MAR"},
      // a material act on a country after a locative or destination word happens there
      {"en", "Germany sent two planes with tents to Turkey on Monday.", "2024-04-22", "day", "/TUR"},
      {"nl", "Nederland heeft maandag hulpgoederen naar Marokko gestuurd.", "2024-04-22", "day", "/MAR"},
      {"fr", "La France a expulsé lundi un ressortissant algérien vers l'Algérie.", "2024-04-22", "day", "/DZA"},
      {"es", "Francia deportó el lunes a un ciudadano argelino a Argelia.", "2024-04-22", "day", "/DZA"},
      {"it", "L'esercito israeliano ha bombardato lunedì postazioni nel sud del Libano.", "2024-04-22", "day",
       "/LBN"},
      // ... not a verbal act: the country is background
      {"en", "Germany on Monday condemned the coup in Niger.", "2024-04-22", "day", "-"},
      // a part of a town ("the port of", "no porto de") places the event in the town; not two towns
      {"pt", "A polícia marroquina deteve na segunda-feira três cidadãos franceses no porto de Tânger.", "2024-04-22",
       "day", "Tangier/MAR"},
      {"en", "Moroccan police arrested three French nationals on Monday in the port of Tangier.", "2024-04-22", "day",
       "Tangier/MAR"},
      {"en", "Moroccan police arrested three French nationals on Monday in the ports of Tangier and Casablanca.",
       "2024-04-22", "day", "-"},
      // a new scene (its own time) does not inherit the place before it
      {"en", "Moroccan police arrested three French nationals in Tangier on Monday. Last month Algiers recalled its "
             "ambassador from Paris.", "2024-04-22", "day", "Tangier/MAR"},
  };
  for (const Case& c : cases) {
    CodedDocument out = Code(c.lang, c.text, "2024-04-24");
    ASSERT_FALSE(out.events.empty()) << c.text;
    const Event& e = out.events.front();
    EXPECT_EQ(e.date, c.date) << c.text;
    EXPECT_EQ(e.date_precision, c.precision) << c.text;
    EXPECT_EQ(PlaceOf(e), c.place) << c.text;
  }
}

TEST_F(WhenWhere, NewSceneHasNoCarriedPlace) {
  CodedDocument out = Code("en",
                           "Moroccan police arrested three French nationals in Tangier on Monday. "
                           "Last month Algiers recalled its ambassador from Paris.",
                           "2024-04-24");
  ASSERT_EQ(out.events.size(), 2u);
  EXPECT_EQ(out.events[1].date, "2024-03-01");
  EXPECT_EQ(out.events[1].date_precision, "month");
  EXPECT_FALSE(out.events[1].location.has_value());
}

TEST_F(WhenWhere, ArabicIndicDateline) {
  // No publication date: the dateline in Arabic-Indic digits dates the event.
  CodedDocument out = Code("ar", "الرباط - الاثنين ٢٢ أبريل ٢٠٢٤\nاعتقلت الشرطة المغربية ثلاثة مواطنين فرنسيين.", "");
  ASSERT_FALSE(out.events.empty());
  EXPECT_EQ(out.events.front().date, "2024-04-22");
}

// The gazetteer's names (issue #4): small places after a locative or a settlement noun, taken
// only where the document names their country; landmarks for their city, an ambiguous one by the
// document's countries; the longest name; transliteration variants; renamed towns.
TEST_F(WhenWhere, GazetteerNames) {
  struct Row {
    const char* lang;
    const char* text;
    const char* place;  // of the first event: "canonical/ISO3" or "-"
  };
  const Row rows[] = {
      // small places (cities500), their country named in the document
      {"en", "Italian police arrested two smugglers in Lampedusa on Monday.", "Lampedusa/ITA"},
      {"fr", "La garde côtière italienne a arrêté lundi deux passeurs au large de Lampedusa.", "Lampedusa/ITA"},
      {"es", "La policía española detuvo el lunes a dos ciudadanos franceses en la localidad de Paiporta.",
       "Paiporta/ESP"},
      {"it", "La polizia italiana ha arrestato lunedì due cittadini tunisini nel comune di Caivano.", "Caivano/ITA"},
      {"ar", "اعتقل الجيش الإسرائيلي الاثنين ثلاثة فلسطينيين في مخيم البريج.", "Al Burayj/PSE"},
      {"en", "Ukrainian troops shelled Russian positions near the town of Avdiivka on Monday.", "Avdiivka/UKR"},
      // a small place whose country the document does not name is no place
      {"en", "Moroccan police arrested three French nationals in Lampedusa on Monday.", "-"},
      {"nl", "De Marokkaanse politie heeft maandag in het dorp Lampedusa twee Nederlanders opgepakt.", "-"},
      // a dictionary word is no small place's name: German nouns ("in Brand": Brand, DEU, 1,206 people)
      {"de", "Die deutsche Polizei hat am Montag in Brand zwei Syrer festgenommen.", "-"},
      // a settlement noun between the locative and the name
      {"de", "Die deutsche Polizei hat am Montag in der Stadt Solingen zwei Syrer festgenommen.", "Solingen/DEU"},
      // the longest name wins over the capital inside it
      {"de", "Die deutsche Polizei hat am Montag in Bernau bei Berlin zwei Syrer festgenommen.",
       "Bernau bei Berlin/DEU"},
      // the first part of a hyphenated noun is no place (nor a dateline)
      {"de", "Der Solingen-Attentäter ist am Montag von der deutschen Polizei festgenommen worden.", "-"},
      // Arabic shadda and tatweel in a place name: folded away like harakat (text::Fold)
      {"ar", "اعتقلت الشرطة الأردنية الاثنين ثلاثة مواطنين سوريين في عمّان.", "Amman/JOR"},
      {"ar", "اعتقل الجيش اللبناني الاثنين ثلاثة مواطنين سوريين في بيـروت.", "Beirut/LBN"},
      // Arabic ta marbuta as -a: Darnah written Darna
      {"en", "Libyan police arrested two Egyptian nationals in Darna on Monday.", "Darnah/LBY"},
      // a renamed town: the newer GeoNames name finds the gazetteer's place
      {"nl", "De Oekraïense president heeft maandag in Pokrovsk de Nederlandse premier ontvangen.",
       "Krasnoarmiys’k/UKR"},
      // landmarks (data/geo/landmarks.tsv); "Palacio Nacional" by the document's country
      {"de", "Der französische Präsident hat am Montag im Petersdom den ukrainischen Präsidenten getroffen.",
       "Vatican City/VAT"},
      {"en", "Moroccan police arrested two Dutch nationals at Tanger Med on Monday.", "Tangier/MAR"},
      {"es", "El presidente de Guatemala recibió el lunes en el Palacio Nacional al canciller de Honduras.",
       "Guatemala City/GTM"},
      {"es", "El presidente de México recibió el lunes en Palacio Nacional al canciller de Honduras.",
       "Mexico City/MEX"},
  };
  for (const Row& r : rows) {
    CodedDocument out = Code(r.lang, r.text);
    ASSERT_FALSE(out.events.empty()) << r.text;
    EXPECT_EQ(PlaceOf(out.events.front()), r.place) << r.text;
  }
}

}  // namespace
}  // namespace dyad
