// When and where on short documents in the eight languages, one table row each,
// with the built lexicon: time phrases of days.tsv, datelines, places (issue #4).
#include <algorithm>

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
      // a named month with its year
      {"en", "Moroccan police arrested three French nationals in March 2023.", "2023-03-01", "month", "-"},
      {"fr", "La police marocaine a arrêté en septembre 2021 trois ressortissants français.", "2021-09-01", "month",
       "-"},
      // the weekend: the week of the last Sunday
      {"en", "Moroccan police arrested three French nationals over the weekend.", "2024-04-15", "week", "-"},
      {"de", "Die marokkanische Polizei hat am Wochenende drei Franzosen festgenommen.", "2024-04-15", "week", "-"},
      {"es", "La policía marroquí detuvo el fin de semana a tres ciudadanos franceses.", "2024-04-15", "week", "-"},
      {"fr", "La police marocaine a arrêté le week-end dernier trois ressortissants français.", "2024-04-15", "week",
       "-"},
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

// A region of a country after a locative places a material act in that country; "the
// country" is the one named last before it. Troops at a border are on the acting side.
TEST_F(WhenWhere, RegionsAndBorders) {
  struct Row { const char* lang; const char* text; const char* place; };
  const Row rows[] = {
      {"en", "Islamist fighters attacked an army post in northern Burkina Faso on Monday.", "/BFA"},
      {"de", "Die türkische Armee hat am Montag Stellungen im Norden Syriens bombardiert.", "/SYR"},
      {"es", "El ejército colombiano bombardeó el lunes un campamento en el sur de Venezuela.", "/VEN"},
      {"nl", "België heeft maandag tenten naar het zuiden van Marokko gestuurd.", "/MAR"},
      {"fr", "L'armée malienne a bombardé lundi des positions rebelles dans le nord du pays.", "/MLI"},
      {"pt", "O exército moçambicano atacou na segunda-feira bases rebeldes no norte do país.", "/MOZ"},
      {"en", "Turkey sent more troops to the border with Syria on Monday.", "/TUR"},
      {"es", "Colombia desplegó el lunes tropas en la frontera con Venezuela.", "/COL"},
      {"it", "La Polonia ha inviato lunedì altri soldati al confine con la Bielorussia.", "/POL"},
      {"de", "Finnland hat am Montag Soldaten an die Grenze zu Russland geschickt.", "/FIN"},
      {"pt", "O Brasil enviou na segunda-feira tropas para a fronteira com a Venezuela.", "/BRA"},
      {"ar", "دفع الجيش الأردني بتعزيزات عسكرية إلى الحدود مع سوريا.", "/JOR"},
      // the side that borders X (data/geo/neighbours.tsv), not the first actor
      {"en", "German and Polish troops held joint exercises near the border with Belarus on Monday.", "/POL"},
      // the acting side's own ground ("a sus costas"); someone's coasts are theirs
      {"es", "El Gobierno colombiano movilizó a miles de militares a sus costas ante el despliegue de buques "
             "estadounidenses.", "/COL"},
      {"pt", "O Governo venezuelano mobilizou milhares de militares para as suas costas perante o destacamento de "
             "navios de guerra norte-americanos.", "/VEN"},
      {"es", "La Armada española rescató el lunes a 50 migrantes frente a las costas de Marruecos.", "/MAR"},
      // a verbal act: the region is background
      {"en", "Germany condemned the clashes in northern Syria on Monday.", "-"},
  };
  for (const Row& r : rows) {
    CodedDocument out = Code(r.lang, r.text);
    ASSERT_FALSE(out.events.empty()) << r.text;
    EXPECT_EQ(PlaceOf(out.events.front()), r.place) << r.text;
  }
}

// A dateline whose place is followed by a date, then the agency: the place is the story's.
TEST_F(WhenWhere, DatelineWithDate) {
  struct Row { const char* lang; const char* text; const char* place; };
  const Row rows[] = {
      {"fr", "RABAT 22 avril 2024 (MAP) - La police marocaine a arrêté trois ressortissants français.", "Rabat/MAR"},
      {"ar", "الرباط ٢٢ أبريل ٢٠٢٤ (و م ع) - اعتقلت الشرطة المغربية ثلاثة مواطنين فرنسيين.", "Rabat/MAR"},
      {"en", "RABAT, 22 April 2024 (Reuters) - Moroccan police arrested three French nationals.", "Rabat/MAR"},
      // a name and a number that is no dateline
      {"en", "Paris 2024 organisers said Moroccan police arrested three French nationals.", "-"},
  };
  for (const Row& r : rows) {
    CodedDocument out = Code(r.lang, r.text);
    ASSERT_FALSE(out.events.empty()) << r.text;
    EXPECT_EQ(PlaceOf(out.events.front()), r.place) << r.text;
  }
}

// A place right before a relative "where" is the place of that clause's events, not
// background; a plan's "where" names its destination. A handover "to X" happens in X even
// when an apposition has absorbed the country's name.
TEST_F(WhenWhere, WhereClausesAndHandovers) {
  struct Row { const char* lang; const char* text; const char* cameo; const char* place; };
  const Row rows[] = {
      {"en", "The French president flew to Rabat on Monday, where he met King Mohammed VI.", "040", "Rabat/MAR"},
      {"de", "Der französische Präsident ist am Montag nach Rabat weitergereist, wo er von König Mohammed VI. empfangen "
             "wurde.", "043", "Rabat/MAR"},
      {"es", "El presidente francés viajó el lunes a Rabat, donde se reunió con el rey Mohammed VI.", "040", "Rabat/MAR"},
      {"it", "Il presidente francese volerà lunedì a Rabat, dove incontrerà il re Mohammed VI.", "036", "-"},
      {"ar", "سلمت السلطات الإسبانية إلى الجزائر مواطنا جزائريا مطلوبا للعدالة.", "063", "/DZA"},
      {"ar", "سلّمت السلطات الفرنسية إلى تونس مواطنا تونسيا مطلوبا في قضايا إرهاب.", "063", "/TUN"},
  };
  for (const Row& r : rows) {
    CodedDocument out = Code(r.lang, r.text);
    auto e = std::find_if(out.events.begin(), out.events.end(), [&](const Event& x) { return x.cameo == r.cameo; });
    ASSERT_NE(e, out.events.end()) << r.text;
    EXPECT_EQ(PlaceOf(*e), r.place) << r.text;
  }
}

// A place right after another trigger belongs to that act, not to the one coded (unless
// both name the same act); nor is it carried to the story's other events.
TEST_F(WhenWhere, PlaceOfAnotherTrigger) {
  struct Row { const char* lang; const char* text; const char* cameo; const char* place; };
  const Row rows[] = {
      {"en", "Spain offered condolences to Sweden on Monday after the attack in Brussels.", "018", "-"},
      {"nl", "Spanje heeft maandag zijn medeleven betuigd aan Zweden na de aanslag in Brussel.", "018", "-"},
      {"es", "El Gobierno chileno exigió el lunes a Venezuela la liberación de un periodista detenido en Caracas.", "1053",
       "-"},
      {"ar", "دعا الملك الأردني الرئيس الأمريكي إلى الضغط على إسرائيل من أجل وقف إطلاق النار في غزة.", "0256", "-"},
      // the ambush is the killing itself
      {"fr", "Deux soldats nigériens ont été tués lundi dans une embuscade tendue par des jihadistes dans la région de "
             "Tillabéri.", "190", "Tillabéri/NER"},
  };
  for (const Row& r : rows) {
    CodedDocument out = Code(r.lang, r.text);
    auto e = std::find_if(out.events.begin(), out.events.end(), [&](const Event& x) { return x.cameo == r.cameo; });
    ASSERT_NE(e, out.events.end()) << r.text;
    EXPECT_EQ(PlaceOf(*e), r.place) << r.text;
  }
}

// A diplomat's post ("its ambassador in Madrid") is not where the recall happened.
TEST_F(WhenWhere, DiplomatsPost) {
  struct Row { const char* lang; const char* text; const char* place; };
  const Row rows[] = {
      {"en", "Algeria recalled its ambassador in Madrid on Monday for consultations.", "-"},
      {"de", "Marokko hat am Montag seine Botschafterin in Berlin zu Konsultationen zurückgerufen.", "-"},
      {"it", "L'Algeria ha richiamato lunedì il suo ambasciatore a Parigi.", "-"},
      {"ar", "استدعت الجزائر الاثنين سفيرها في باريس للتشاور.", "-"},
      {"fr", "L'Algérie a rappelé lundi son ambassadeur à Madrid.", "-"},
      // the ambassador as an actor somewhere
      {"en", "The Spanish ambassador met King Mohammed VI in Rabat on Monday.", "Rabat/MAR"},
  };
  for (const Row& r : rows) {
    CodedDocument out = Code(r.lang, r.text);
    ASSERT_FALSE(out.events.empty()) << r.text;
    EXPECT_EQ(PlaceOf(out.events.front()), r.place) << r.text;
  }
}

// A later sentence's event takes the place only with an actor (country and sector) of an event
// that took it there; an event that left its place as another act's gets none from the lead.
TEST_F(WhenWhere, CarriedPlaceNeedsAnActorThere) {
  struct Row { const char* lang; const char* text; const char* cameo; const char* place; };
  const Row rows[] = {
      {"fr", "La ministre française Catherine Colonna a rencontré lundi à Rabat son homologue marocain. Elle a ensuite "
             "signé un accord avec le Maroc.", "057", "Rabat/MAR"},
      {"es", "La policía marroquí detuvo el lunes a un ciudadano francés en Tánger. Horas después, Francia convocó al "
             "embajador marroquí.", "114", "-"},
      {"es", "La Fiscalía de Francia investiga si el Gobierno argelino ordenó el secuestro y asesinato de un opositor en "
             "París.", "090", "-"},
      // a lead without a place takes the next sentence's where its actors took it
      {"en", "The European Union pledged 1 billion euros in aid to Tunisia. Commission President Ursula von der Leyen "
             "signed the agreement on Sunday in Tunis with President Kais Saied.", "033", "Tunis/TUN"},
      {"en", "Germany pledged 1 billion euros in aid to Egypt. Moroccan police arrested two Algerian nationals in Rabat "
             "on Sunday.", "033", "-"},
  };
  for (const Row& r : rows) {
    CodedDocument out = Code(r.lang, r.text);
    auto e = std::find_if(out.events.begin(), out.events.end(), [&](const Event& x) { return x.cameo == r.cameo; });
    ASSERT_NE(e, out.events.end()) << r.text;
    EXPECT_EQ(PlaceOf(*e), r.place) << r.text;
  }
}

// A trigger in the synthetic future is a plan: dated when said (published Wednesday 24 April),
// without the place it is for, but at the place where it was announced. A time right after
// another act is that act's.
TEST_F(WhenWhere, PlansAndTheirAnnouncement) {
  struct Row { const char* lang; const char* text; const char* date; const char* place; };
  const Row rows[] = {
      {"fr", "Le ministre français des Affaires étrangères se rendra dimanche à Alger, à l'invitation de son homologue "
             "algérien.", "2024-04-24", "-"},
      {"es", "El ministro español de Exteriores visitará el domingo Rabat.", "2024-04-24", "-"},
      {"it", "Il ministro degli Esteri italiano incontrerà domenica il suo omologo marocchino a Rabat.", "2024-04-24", "-"},
      {"pt", "O presidente português visitará Marrocos no domingo.", "2024-04-24", "-"},
      {"nl", "De Franse president brengt volgende week een bezoek aan Marokko, heeft het Elysée maandag in Parijs "
             "bekendgemaakt.", "2024-04-24", "Paris/FRA"},
      {"en", "The French president will visit Morocco next week, his office said on Monday in Paris.", "2024-04-24",
       "Paris/FRA"},
      // done, not planned
      {"fr", "Le ministre français des Affaires étrangères s'est rendu dimanche à Alger.", "2024-04-21", "Algiers/DZA"},
      {"es", "El Gobierno chileno exigió a Venezuela la liberación de un periodista detenido en Caracas desde hace tres "
             "semanas.", "2024-04-24", "-"},
  };
  for (const Row& r : rows) {
    CodedDocument out = Code(r.lang, r.text, "2024-04-24");
    ASSERT_FALSE(out.events.empty()) << r.text;
    EXPECT_EQ(out.events.front().date, r.date) << r.text;
    EXPECT_EQ(PlaceOf(out.events.front()), r.place) << r.text;
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
