// Clause-level mechanisms of the coder, mostly for verb-final German: negation
// and modality scoped by the clause, gaps that do not cross clauses, inserted
// clauses, agents with a home state, object pronouns, seats of government.
// One table row each, with the built lexicon.
#include "coder_fixture.h"

namespace dyad {
namespace {

using CoderClauseTest = CoderFixture;

TEST_F(CoderClauseTest, GermanClauses) {
  struct Case { const char* text; std::vector<std::string> want; };
  const Case cases[] = {
      // negation far before the verb-final participle
      {"Die Slowakei hat den Vertrag mit Ungarn bis heute nicht ratifiziert.", {}},
      {"Die Slowakei hat den Vertrag mit Ungarn ratifiziert.", {"SVK>HUN:05"}},
      // a negation in an earlier clause does not reach the verb
      {"Obwohl es nicht geplant war, kritisierte Polen Deutschland.", {"POL>DEU:11"}},
      // a modal right after a verb-final trigger: intent (036)
      {"Friedrich Merz reist nach Paris, wo er Emmanuel Macron treffen will.", {"DEU>FRA:04", "DEU>FRA:03"}},
      // the perfect-tense pattern does not run into the conditional clause
      {"Russland hat Deutschland mit Konsequenzen gedroht, falls Berlin Raketen an Kiew liefert.", {"RUS>DEU:13"}},
      // an inserted relative clause holds neither the subject nor the modality
      {"Ein Deutscher, der in Syrien gekämpft haben soll, wurde in Istanbul von der türkischen Polizei festgenommen.",
       {"TUR>DEU:17"}},
      // verb-final passive with its agent before the participle
      {"Friedrich Merz reiste nach Warschau, wo er von Ministerpräsident Donald Tusk empfangen wurde.",
       {"DEU>POL:04", "POL>DEU:04"}},
      // "von" inside an active trigger's gap is no passive agent
      {"Das Auswärtige Amt hat von Teheran die Freilassung der Journalistin verlangt.", {"DEU>IRN:10"}},
      // an institution with a home state; an adjective overrides it
      {"Die Bundesregierung hat Russland scharf kritisiert.", {"DEU>RUS:11"}},
      {"Der österreichische Bundeskanzler hat Russland scharf kritisiert.", {"AUT>RUS:11"}},
      // a sector word before a named institution takes its state
      {"Der Militärgeheimdienst GRU hat Polen angegriffen.", {"RUS>POL:19"}},
      // the seat of government after a locative names the state
      {"Die Regierung in Prag sagte der Ukraine weitere Munitionslieferungen zu.", {"CZE>UKR:03"}},
      // an adjective right before a noun belongs to it, not to a noun some words before
      {"In Bagdad haben Demonstranten die schwedische Botschaft gestürmt.", {"IRQ>SWE:14"}},
      // a trigger right after a causal preposition is the cause, not an event
      {"Wegen des Hackerangriffs hat Deutschland den russischen Botschafter einbestellt.", {"DEU>RUS:11"}},
      // an alleged act is not coded
      {"Die EU verhängte Sanktionen gegen den Iran, weil Teheran Raketen an Russland geliefert haben soll.",
       {"IGOEUREEC>IRN:16"}},
      // a name that starts a hyphenated noun is no antecedent of "beide Seiten"
      {"Vertreter der USA und Russlands sprachen über den Ukraine-Krieg. Beide Seiten vereinbarten, die Gespräche "
       "fortzusetzen.",
       {"USA>RUS:04", "USA>RUS:03"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Dyads("de", c.text), c.want) << c.text;
}

TEST_F(CoderClauseTest, GermanObjectPronoun) {
  EXPECT_EQ(Dyads("de", "Annalena Baerbock telefonierte mit dem chinesischen Außenminister Wang Yi. Sie rief ihn auf, "
                        "auf Moskau einzuwirken."),
            (std::vector<std::string>{"DEU>CHN:04", "DEU>CHN:02"}));
}

}  // namespace
}  // namespace dyad
