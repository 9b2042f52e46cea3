#include <algorithm>
#include <cstdio>

#include "coding/discourse.h"

namespace dyad::coding {

using lex::EntryKind;
using lex::Role;

static const lex::Office& OfficeAt(const lex::Person& p, const std::string& date) {
  const lex::Office* best = &p.offices.front();
  for (const auto& o : p.offices) {
    bool started = o.from.empty() || date.empty() || o.from <= date;
    bool running = o.to.empty() || date.empty() || date <= o.to;
    if (started && running) return o;
    if (started && o.from >= best->from) best = &o;
  }
  return *best;
}

// Longest hits first, then leftmost; keeps those that do not overlap a kept one.
static std::vector<match::Hit> Longest(std::vector<match::Hit> hits) {
  std::stable_sort(hits.begin(), hits.end(), [](const match::Hit& a, const match::Hit& b) {
    return (a.end - a.begin) != (b.end - b.begin) ? (a.end - a.begin) > (b.end - b.begin) : a.begin < b.begin;
  });
  std::vector<match::Hit> kept;
  for (const auto& h : hits) {
    bool overlap = std::any_of(kept.begin(), kept.end(), [&](const match::Hit& k) { return h.begin < k.end && k.begin < h.end; });
    if (!overlap) kept.push_back(h);
  }
  std::sort(kept.begin(), kept.end(), [](const match::Hit& a, const match::Hit& b) { return a.begin < b.begin; });
  return kept;
}

static bool IsCommaAt(const DocState& st, const Sentence& s, uint32_t t) {
  const text::RawToken& tok = st.tokens[s.tok_begin + t];
  return tok.end == tok.begin + 1 && st.text[tok.begin] == ',';
}

// An event phrase whose gaps hold one comma alone runs from one clause into the
// next ("hat X gedroht, falls Berlin Raketen liefert"); a pair of commas is an
// inserted clause or apposition and is fine. A conjunction in a gap joins two
// clauses ("hat X versichert und Hilfe zugesagt"). Commas and conjunctions of a
// list of names ("Polen, Litauen und die Ukraine") do neither.
static void DropClauseCrossing(const DocState& st, const Sentence& s, const std::vector<match::Hit>& actorish,
                               std::vector<match::Hit>* events) {
  uint32_t n = s.tok_end - s.tok_begin;
  std::vector<bool> name_end(n + 1, false), name_begin(n + 4, false), conj(n, false);
  for (const auto& h : actorish) {
    const lex::Pattern& p = st.lang.patterns[h.pattern];
    if (p.kind == EntryKind::kFunction) {
      if (st.lang.functions[p.payload].role == Role::kConj)
        for (uint32_t t = h.begin; t < h.end; ++t) conj[t] = true;
      continue;
    }
    name_begin[h.begin] = true;
    name_end[h.end] = true;
  }
  auto in_list = [&](uint32_t t) { return name_end[t] && (name_begin[t + 1] || name_begin[t + 2] || name_begin[t + 3]); };
  std::span<const match::TokenKeys> keys(st.keys.data() + s.tok_begin, n);
  std::erase_if(*events, [&](const match::Hit& h) {
    uint32_t commas = 0, conjs = 0;
    std::vector<uint32_t> matched;
    for (uint32_t t = h.begin + 1; t + 1 < h.end; ++t) {
      bool comma = IsCommaAt(st, s, t);
      if ((!comma && !conj[t]) || in_list(t)) continue;
      if (matched.empty()) matched = match::MatchedPositions(st.lang.patterns[h.pattern], keys, h.begin, h.end);
      if (std::find(matched.begin(), matched.end(), t) != matched.end()) continue;
      if (comma) ++commas;
      else ++conjs;
    }
    return commas % 2 == 1 || conjs > 0;
  });
}

// A case-sensitive entry ("US"): the hit's tokens, as written, spell `cased`.
static bool SpelledAs(const DocState& st, const Sentence& s, const match::Hit& h, std::string_view cased) {
  size_t at = 0;
  for (uint32_t t = h.begin; t < h.end; ++t) {
    const text::RawToken& rt = st.tokens[s.tok_begin + t];
    std::string_view raw = st.text.substr(rt.begin, rt.end - rt.begin);
    if (cased.substr(at, raw.size()) != raw) return false;
    at += raw.size();
  }
  return at == cased.size();
}

SentenceAnalysis Analyse(DocState& st, size_t si) {
  const auto& lang = st.lang;
  const Sentence& s = st.sentences[si];
  uint32_t n = s.tok_end - s.tok_begin;
  SentenceAnalysis a;
  a.roles.assign(n, 0);
  std::vector<match::Hit> actorish, events;
  for (const auto& h : st.hits[si]) {
    const lex::Pattern& p = lang.patterns[h.pattern];
    if (p.kind == EntryKind::kEvent) events.push_back(h);
    else if (p.kind == EntryKind::kRefine) a.refines.push_back(h);
    else if (p.kind == EntryKind::kDay) a.days.push_back(h);
    else if (p.kind == EntryKind::kPerson) {
      const auto& alias = lang.person_aliases[p.payload];
      if (alias.weak && !st.persons_named.count(alias.person)) continue;
      actorish.push_back(h);
    } else if (p.cased.empty() || SpelledAs(st, s, h, p.cased)) {
      actorish.push_back(h);
    }
  }
  if (lang.settings.balanced_gaps) DropClauseCrossing(st, s, actorish, &events);
  // A case-sensitive entry spelled as written ("WHO") wins over a word of the same span ("who").
  std::stable_partition(actorish.begin(), actorish.end(),
                        [&](const match::Hit& h) { return !lang.patterns[h.pattern].cased.empty(); });
  a.events = Longest(std::move(events));
  a.in_trigger.assign(n, false);
  for (const auto& h : a.events)
    for (uint32_t t = h.begin; t < h.end; ++t) a.in_trigger[t] = true;
  // A grammar word may have two roles on two lines ("será": future and passive auxiliary);
  // every role of a kept span applies.
  std::vector<match::Hit> role_hits;
  for (const auto& h : actorish)
    if (lang.patterns[h.pattern].kind == EntryKind::kFunction) role_hits.push_back(h);
  // "ambassador" is an agent too: its post role applies whichever entry the span keeps.
  for (const auto& g : role_hits)
    if (lang.functions[lang.patterns[g.pattern].payload].role == Role::kPost)
      for (uint32_t t = g.begin; t < g.end; ++t) a.roles[t] |= Bit(Role::kPost);
  for (const auto& h : Longest(std::move(actorish))) {
    const lex::Pattern& p = lang.patterns[h.pattern];
    Unit u;
    u.b = h.begin;
    u.e = h.end;
    switch (p.kind) {
      case EntryKind::kCountry: {
        const auto& c = lang.countries[p.payload];
        u.country = c.iso3;
        if (c.kind == lex::CountryKind::kAdj) u.kind = UnitKind::kAdj;
        if (c.kind == lex::CountryKind::kCapital) { u.capital = true; u.sector = "GOV"; }
        // A seat standing for an organisation ("Brussels" = the EU); as a place it stays a capital.
        if (!c.actor_igo.empty()) { u.igo = c.actor_igo; u.sector.clear(); }
        u.country_name = c.kind == lex::CountryKind::kName || c.kind == lex::CountryKind::kCapital;
        u.demonym = c.kind == lex::CountryKind::kDemonym;
        break;
      }
      case EntryKind::kIgo: u.igo = lang.igos[p.payload].code; break;
      case EntryKind::kAgent:
        u.kind = UnitKind::kAgent;
        u.sector = lang.agents[p.payload].sector;
        u.plural = lang.agents[p.payload].plural;
        u.country = lang.agents[p.payload].country;
        u.home = !u.country.empty();
        break;
      case EntryKind::kPerson: {
        const lex::Person& person = st.data.persons[lang.person_aliases[p.payload].person];
        const lex::Office& o = OfficeAt(person, st.date);
        if (o.country.rfind("IGO", 0) == 0) u.igo = o.country;
        else u.country = o.country;
        u.sector = o.sector;
        u.name = person.name;
        u.role = o.role;
        u.person = static_cast<int>(lang.person_aliases[p.payload].person);
        break;
      }
      case EntryKind::kFunction: {
        Role r = lang.functions[p.payload].role;
        if (r == Role::kPronSg) u.kind = UnitKind::kPronSg;
        else if (r == Role::kPronPl) u.kind = UnitKind::kPronPl;
        else if (r == Role::kPronObj) u.kind = UnitKind::kPronObj;
        else if (r == Role::kCounterpart) u.kind = UnitKind::kCounterpart;
        else if (r == Role::kKingdom) u.kind = UnitKind::kKingdom;
        else {
          for (const auto& g : role_hits) {
            if (g.begin != h.begin || g.end != h.end) continue;
            Role gr = lang.functions[lang.patterns[g.pattern].payload].role;
            if (gr == Role::kPronSg || gr == Role::kPronPl || gr == Role::kCounterpart || gr == Role::kKingdom) continue;
            for (uint32_t t = h.begin; t < h.end; ++t) a.roles[t] |= Bit(gr);
          }
          continue;
        }
        break;
      }
      default: continue;
    }
    a.units.push_back(std::move(u));
  }
  // A name that is the first part of a hyphenated noun ("Ukraine-Krieg",
  // "EU-Migrationspakt") modifies that noun: it may be a party to an event but
  // is no antecedent of "beide Seiten" or "er". "US-Reporter", "NATO-Chef" and
  // "Russland-Ukraine" join two units and are not such modifiers.
  for (Unit& u : a.units) u.compound = [&] {
    if (u.kind == UnitKind::kAgent || u.person >= 0 || u.e + 1 >= n) return false;
    const text::RawToken& last = st.tokens[s.tok_begin + u.e - 1];
    const text::RawToken& dash = st.tokens[s.tok_begin + u.e];
    const text::RawToken& next = st.tokens[s.tok_begin + u.e + 1];
    if (dash.begin != last.end || dash.end != dash.begin + 1 || st.text[dash.begin] != '-' || next.begin != dash.end ||
        !next.word || !next.upper)
      return false;
    return std::none_of(a.units.begin(), a.units.end(), [&](const Unit& v) { return v.b == u.e + 1; });
  }();
  // A capitalised word next to a gazetteer name that no other entry explains makes it part of a
  // longer name ("Cabo Delgado", "Mar Rosso"): no place of its own. The first word of a sentence
  // is capitalised anyway; scripts without case mark no names.
  const size_t actor_units = a.units.size();
  auto bare_capital = [&](uint32_t t) {
    if (t == 0 || t >= n) return false;
    const text::RawToken& rt = st.tokens[s.tok_begin + t];
    bool uncased = static_cast<unsigned char>(st.text[rt.begin]) >= 0xD8;  // Arabic: every word is "upper"
    if (!rt.word || !rt.upper || uncased || a.roles[t]) return false;
    for (size_t i = 0; i < actor_units; ++i)
      if (a.units[i].b <= t && t < a.units[i].e) return false;
    return std::none_of(a.days.begin(), a.days.end(), [&](const match::Hit& d) { return d.begin <= t && t < d.end; });
  };
  // Gazetteer names where no actor stands, written with a capital letter.
  std::vector<bool> swallowed(actor_units, false);
  for (const auto& h : Longest(st.place_hits[si])) {
    uint32_t alias = st.data.gazetteer.patterns[h.pattern].payload;
    // The first part of a hyphenated noun ("Tiergarten-Mörder") names no place.
    bool compound = false;
    if (h.end + 1 < n) {
      const text::RawToken& last = st.tokens[s.tok_begin + h.end - 1];
      const text::RawToken& dash = st.tokens[s.tok_begin + h.end];
      const text::RawToken& next = st.tokens[s.tok_begin + h.end + 1];
      compound = dash.begin == last.end && dash.end == dash.begin + 1 && st.text[dash.begin] == '-' &&
                 next.begin == dash.end && next.word;
    }
    const auto& places = st.data.place_aliases[alias].places;
    bool fits = std::any_of(places.begin(), places.end(), [&](uint32_t p) { return PlaceFits(st, st.data.places[p]); });
    // Place names start with a capital letter (Latin script) or a letter without case (Arabic).
    const text::RawToken& first = st.tokens[s.tok_begin + h.begin];
    bool uncased = first.word && static_cast<unsigned char>(st.text[first.begin]) >= 0xD8;
    bool candidate = fits && !compound && (first.upper || uncased) && !bare_capital(h.begin - 1) && !bare_capital(h.end);
    // The longest name wins: a town's name holds the capitals inside it ("Bernau bei Berlin"),
    // which are then no units of their own. Not country names: "La Francia" (a town in Argentina)
    // is mostly "la Francia".
    bool longer = false, shorter = false;
    for (size_t i = 0; candidate && i < actor_units; ++i) {
      const Unit& u = a.units[i];
      if (!(h.begin < u.e && u.b < h.end)) continue;
      if (u.capital && u.person < 0 && h.begin <= u.b && u.e <= h.end && u.e - u.b < h.end - h.begin) longer = true;
      else shorter = true;
    }
    if (longer && !shorter)
      for (size_t i = 0; i < actor_units; ++i)
        if (h.begin < a.units[i].e && a.units[i].b < h.end) swallowed[i] = true;
    bool taken = false;
    for (size_t i = 0; i < a.units.size(); ++i) {
      Unit& u = a.units[i];
      if (!(h.begin < u.e && u.b < h.end) || (i < actor_units && swallowed[i])) continue;
      taken = true;
      // A capital is also a gazetteer name: its place is chosen among all places of that name.
      if (u.capital && u.b == h.begin && u.e == h.end) u.place_alias = static_cast<int>(alias);
    }
    if (taken || !candidate) continue;
    Unit u;
    u.b = h.begin;
    u.e = h.end;
    u.kind = UnitKind::kPlace;
    u.place_alias = static_cast<int>(alias);
    a.units.push_back(std::move(u));
  }
  for (size_t i = actor_units; i-- > 0;)
    if (swallowed[i]) a.units.erase(a.units.begin() + static_cast<std::ptrdiff_t>(i));
  std::sort(a.units.begin(), a.units.end(), [](const Unit& x, const Unit& y) { return x.b < y.b; });
  return a;
}

static bool Punct(const DocState& st, const Sentence& s, uint32_t t) { return !st.tokens[s.tok_begin + t].word; }

// Tokens strictly between two units are all "glue": punctuation, or at most
// `words` words that are not grammar roles of kind `stop`.
static bool HasComma(const DocState& st, const Sentence& s, uint32_t from, uint32_t to) {
  for (uint32_t t = from; t < to; ++t)
    if (st.text.substr(st.tokens[s.tok_begin + t].begin, 1) == ",") return true;
  return false;
}

static bool Glue(const DocState& st, const Sentence& s, const SentenceAnalysis& a, uint32_t from, uint32_t to,
          uint32_t words) {
  uint32_t w = 0;
  for (uint32_t t = from; t < to; ++t) {
    // Never across an event phrase: "Morocco recalled its ambassador" is no "Moroccan ambassador".
    if (a.in_trigger[t]) return false;
    // nor across a passive agent marker: "expulsé vers le Maroc par les autorités françaises"
    if (a.roles[t] & (Bit(Role::kConj) | Bit(Role::kClause) | Bit(Role::kPassiveBy))) return false;
    if (!Punct(st, s, t) && ++w > words) return false;
  }
  return true;
}

bool HasRole(const SentenceAnalysis& a, uint32_t from, uint32_t to, Role r) {
  for (uint32_t t = from; t < to && t < a.roles.size(); ++t)
    if (a.roles[t] & Bit(r)) return true;
  return false;
}

bool ClauseEdge(const DocState& st, const Sentence& s, const SentenceAnalysis& a, uint32_t t) {
  if (a.roles[t] & (Bit(Role::kClause) | Bit(Role::kConj))) return true;
  if (!Punct(st, s, t)) return false;
  std::string_view p = st.text.substr(st.tokens[s.tok_begin + t].begin,
                                      st.tokens[s.tok_begin + t].end - st.tokens[s.tok_begin + t].begin);
  static constexpr std::string_view kEdges[] = {",", ";", ":", "(", ")", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D",
                                                "\xE2\x80\x9E", "\xE2\x80\x93", "\xE2\x80\x94", "\xD8\x8C"};
  return std::find(std::begin(kEdges), std::end(kEdges), p) != std::end(kEdges);
}

// Marks capitals used as places: after a locative preposition, or in the
// dateline position at the head of a lead sentence ("RABAT -", "Rabat, 22 avril").
// The country of a town that is the object of an attack in its clause ("shelled Kharkiv",
// "Charkiv is ... bestookt door"), or "": a town attacked stands for its country as the target.
// Only where every place of that name is in one country.
// A digit, Western or Arabic-Indic (U+0660..0669, U+06F0..06F9), at the start of `s`.
static bool StartsWithDigit(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]), d = s.size() > 1 ? static_cast<unsigned char>(s[1]) : 0;
  return (c >= '0' && c <= '9') || (c == 0xD9 && d >= 0xA0 && d <= 0xA9) || (c == 0xDB && d >= 0xB0 && d <= 0xB9);
}

static std::string AttackedTownCountry(const DocState& st, const SentenceAnalysis& a, const Unit& u) {
  const auto& places = st.data.place_aliases[u.place_alias].places;
  if (places.empty()) return "";
  const std::string& country = st.data.places[places.front()].country;
  for (uint32_t pid : places)
    if (st.data.places[pid].country != country) return "";
  for (const auto& h : a.events) {
    const std::string& code = st.lang.events[st.lang.patterns[h.pattern].payload].code;
    if (code.compare(0, 2, "18") != 0 && code.compare(0, 2, "19") != 0 && code.compare(0, 2, "20") != 0) continue;
    bool before = u.e <= h.begin && h.begin - u.e <= st.lang.settings.actor_window;  // a passive's patient
    bool after = u.b >= h.end && u.b - h.end <= 1;                                     // the object
    if (!before && !after) continue;
    uint32_t from = before ? u.e : h.end, to = before ? h.begin : u.b;
    if (HasRole(a, from, to, Role::kClause)) continue;
    bool actor_between = std::any_of(a.units.begin(), a.units.end(), [&](const Unit& v) {
      return &v != &u && v.b >= from && v.e <= to && v.kind != UnitKind::kPlace;
    });
    if (!actor_between) return country;
  }
  return "";
}

void MarkPlaces(const DocState& st, const Sentence& s, SentenceAnalysis& a, bool lead) {
  uint32_t n = s.tok_end - s.tok_begin;
  for (Unit& u : a.units) {
    if (!u.capital && u.place_alias < 0) continue;
    bool after_loc = st.keys[s.tok_begin + u.b].loc_clitic;  // "بالرياض"
    for (uint32_t k = 1; k <= 2 && k <= u.b; ++k)
      if (a.roles[u.b - k] & Bit(Role::kLoc)) after_loc = true;
    // A named place's part: "no aeroporto de Lisboa", "in de haven van Tanger", "dans la
    // région de Mopti": a locative, a noun (maybe with its article) and "of" before the name.
    // Not "departures from Sfax" (a locative "of"), nor "the ports of Antwerp and Rotterdam" (no one place).
    if (!after_loc && u.b >= 3 && (a.roles[u.b - 1] & Bit(Role::kOf)) && !(a.roles[u.b - 1] & Bit(Role::kLoc)) &&
        !(u.e < n && (a.roles[u.e] & Bit(Role::kConj)))) {
      // A capitalised noun makes a name of its own, not the town's ("Striscia di Gaza").
      const text::RawToken& noun = st.tokens[s.tok_begin + u.b - 2];
      bool plain_noun = !a.in_trigger[u.b - 2] && !a.roles[u.b - 2] && noun.word && !noun.upper &&
                        !std::any_of(a.units.begin(), a.units.end(), [&](const Unit& o) { return o.b < u.b && o.e > u.b - 3; });
      // Between the locative and the noun at most an article (a short word): "in the port of",
      // not "in boat departures from Sfax".
      const text::RawToken& art = st.tokens[s.tok_begin + u.b - 3];
      if (a.roles[u.b - 3] & Bit(Role::kLoc)) after_loc = plain_noun;
      else if (u.b >= 4 && (a.roles[u.b - 4] & Bit(Role::kLoc)) && art.word && art.end - art.begin <= 3)
        after_loc = plain_noun;
    }
    bool dateline = false;
    if (lead && u.b < 15 && u.e < n) {
      std::string_view next = st.text.substr(st.tokens[s.tok_begin + u.e].begin, 1);
      dateline = next == "-" || next == "," || next == "(" || next == ":";
      // "الرياض 24 صفر 1445 هـ ... واس -", "RABAT 22 avril 2024 (MAP) -": the opening name, then
      // a date (a number first), then the agency's dash or bracket.
      if (!dateline && u.b == 0 && StartsWithDigit(st.text.substr(st.tokens[s.tok_begin + u.e].begin, 2)))
        for (uint32_t t = u.e + 1; t < n && t < u.e + 20 && !dateline; ++t) {
          std::string_view tok = st.text.substr(st.tokens[s.tok_begin + t].begin, 1);
          dateline = tok == "-" || tok == "(";
        }
      // "Madrid, Dublín y Oslo reconocieron": a list of actors, not a dateline.
      if (next == "," && std::any_of(a.units.begin(), a.units.end(), [&](const Unit& o) { return o.b == u.e + 1; }))
        dateline = false;
    }
    // "la Digos di Milano", "la police de Lyon": the town of a sector word is where it acts.
    bool agent_of = !u.capital && u.b >= 2 && (a.roles[u.b - 1] & Bit(Role::kOf)) &&
                    std::any_of(a.units.begin(), a.units.end(),
                                [&](const Unit& v) { return v.kind == UnitKind::kAgent && v.e + 1 == u.b; });
    // "su embajadora en Madrid", "zijn ambassadeur in Berlijn": the post, maybe with a possessive
    // or an article between.
    for (uint32_t k = 1; k <= 2 && k < u.b && after_loc && !u.post; ++k)
      if (a.roles[u.b - k] & Bit(Role::kLoc))
        u.post = (a.roles[u.b - k - 1] & Bit(Role::kPost)) != 0;
    if (after_loc || dateline || agent_of) {
      u.kind = UnitKind::kPlace;
      u.dateline = dateline && !after_loc;
    } else if (std::string attacked = u.capital || u.place_alias < 0 ? "" : AttackedTownCountry(st, a, u);
               !attacked.empty()) {
      u.kind = UnitKind::kActor;
      u.country = attacked;
      u.country_name = true;
      u.struck = true;
    } else if (!u.capital && u.place_alias >= 0) {
      u.place_alias = -2;  // a town named in passing ("Barcelona beat Madrid"): neither place nor actor
    }
  }
  a.units.erase(std::remove_if(a.units.begin(), a.units.end(), [](const Unit& u) { return u.place_alias == -2; }),
                a.units.end());
  // A seat standing for an organisation is, as an actor, only that organisation ("Brussels" = the EU).
  for (Unit& u : a.units)
    if (u.kind != UnitKind::kPlace && u.capital && !u.igo.empty()) u.country.clear();
}

// Merges modifiers into the actors they modify.
void Compose(const DocState& st, const Sentence& s, SentenceAnalysis& a) {
  auto& U = a.units;
  auto absorb = [&](size_t into, size_t from) {
    U[into].b = std::min(U[into].b, U[from].b);
    U[into].e = std::max(U[into].e, U[from].e);
    U.erase(U.begin() + static_cast<std::ptrdiff_t>(from));
  };
  // An adjective right before a noun that wants a country belongs to it
  // ("Demonstranten die schwedische Botschaft"), not to a noun some words before
  // it; right after a noun it is that noun's ("العاهل الأردني الملك").
  auto adj_before_noun = [&](size_t j) {
    if (U[j].kind != UnitKind::kAdj || j + 1 >= U.size() || j == 0 || U[j - 1].e == U[j].b) return false;
    const Unit& z = U[j + 1];
    return (z.kind == UnitKind::kAgent || z.kind == UnitKind::kCounterpart) && z.country.empty() &&
           z.b == U[j].e;
  };
  // "die Regierung in Prag", "the leadership in Beijing": the seat names the state;
  // "Zivilisten im Sudan", "the opposition in Venezuela": the country names the people
  // (not for government words: "seine Botschaft in Ecuador" is the sender's).
  for (size_t i = 0; i + 1 < U.size(); ++i) {
    Unit& x = U[i];
    const Unit& y = U[i + 1];
    bool seat = y.kind == UnitKind::kPlace && y.capital;
    bool land = y.kind == UnitKind::kActor && y.country_name && !y.capital && x.sector != "GOV";
    // "the Russian embassy in The Hague": the adjective right before the noun names its state.
    bool owned = i > 0 && U[i - 1].kind == UnitKind::kAdj && U[i - 1].e == x.b;
    if (x.kind == UnitKind::kAgent && x.country.empty() && !x.plural && !owned && (seat || land) && y.b > x.e &&
        y.b - x.e <= 2 && (a.roles[x.e] & Bit(Role::kLoc)))
      x.country = y.country;
  }
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t i = 0; i + 1 < U.size() && !changed; ++i) {
      Unit& x = U[i];
      Unit& y = U[i + 1];
      bool wants_country = (y.kind == UnitKind::kAgent || y.kind == UnitKind::kCounterpart) && (y.country.empty() || y.home);
      // "de Franse minister", "his French counterpart", "Moroccan and French officials"; not where
      // adjectives follow their noun (adjective_agent): "غارة أمريكية ... تنظيم القاعدة"
      if (x.kind == UnitKind::kAdj && wants_country && !st.lang.settings.adjective_agent &&
          Glue(st, s, a, x.e, y.b, 2)) {
        y.country = x.country;
        y.home = false;
        absorb(i + 1, i);
        changed = true;
      } else if (!x.igo.empty() && x.person < 0 && y.kind == UnitKind::kAgent && y.country.empty() &&
                 y.igo.empty() && Glue(st, s, a, x.e, y.b, 1)) {
        // "NAVO-chef", "UN envoy": the organisation's own officials
        y.igo = x.igo;
        y.kind = UnitKind::kActor;
        absorb(i + 1, i);
        changed = true;
      } else if (x.country_name && !x.capital && wants_country && Glue(st, s, a, x.e, y.b, 2) &&
                 !HasComma(st, s, x.e, y.b) && x.kind == UnitKind::kActor) {
        // "Morocco's interior minister", "US troops"
        y.country = x.country;
        y.home = false;
        absorb(i + 1, i);
        changed = true;
      } else if ((x.kind == UnitKind::kAgent || x.kind == UnitKind::kCounterpart) && x.country.empty() &&
                 (y.kind == UnitKind::kAdj || (y.kind == UnitKind::kActor && (y.country_name || y.demonym))) &&
                 (Glue(st, s, a, x.e, y.b, 0) || (HasRole(a, x.e, y.b, Role::kOf) && y.b - x.e <= 3 && !y.demonym) ||
                  (y.kind == UnitKind::kAdj && Glue(st, s, a, x.e, y.b, 2))) &&
                 !adj_before_noun(i + 1)) {
        // "le ministre marocain", "minister van Marokko", "ministre de l'Intérieur du Maroc",
        // a people noun in apposition "مسلحون فلسطينيون" (a plural nisba agrees like an adjective)
        x.country = y.country;
        absorb(i, i + 1);
        changed = true;
      } else if (x.kind == UnitKind::kAgent && x.country.empty() && x.igo.empty() && !y.igo.empty() &&
                 y.person < 0 && y.b - x.e <= 2 && HasRole(a, x.e, y.b, Role::kOf) && Glue(st, s, a, x.e, y.b, 2)) {
        // "a delegation of ECOWAS", "the head of the African Union"
        x.igo = y.igo;
        x.kind = UnitKind::kActor;
        absorb(i, i + 1);
        changed = true;
      } else if (x.kind == UnitKind::kAgent && y.person >= 0 && (x.country.empty() || x.home || x.country == y.country) &&
                 ((y.b - x.e <= 3 && Glue(st, s, a, x.e, y.b, 0)) ||
                  (y.b - x.e <= 6 && (a.roles[x.e] & Bit(Role::kOf)) && Glue(st, s, a, x.e, y.b, 4)))) {
        // "De minister van Binnenlandse Zaken Abdel Wafi Laftit",
        // "la ministre française des Affaires étrangères Catherine Colonna"
        // "De minister van Binnenlandse Zaken Abdel Wafi Laftit"
        std::string sector = x.sector;
        absorb(i + 1, i);
        if (U[i].sector.empty() && sector != "-") U[i].sector = sector;
        changed = true;
      } else if (x.kind == UnitKind::kAgent && x.country.empty() && !x.plural && y.kind == UnitKind::kAgent &&
                 y.home && y.b == x.e) {
        // "der Militärgeheimdienst GRU", "die Miliz M23": the named institution's state
        absorb(i + 1, i);
        changed = true;
      } else if (x.person >= 0 && y.kind == UnitKind::kAgent && y.country.empty() && y.b - x.e <= 3 && y.b > x.e &&
                 Punct(st, s, x.e) && Glue(st, s, a, x.e, y.b, 1)) {
        // "Laftit, the interior minister" (set off by punctuation: a bare agent right after a
        // name is the next phrase, as the object in "دعا غوتيريش الجيش السوداني")
        absorb(i, i + 1);
        changed = true;
      }
    }
  }
  // "Moroccan and French officials": the first adjective shares the noun.
  for (size_t i = 0; i + 2 < U.size(); ++i) {
    if (U[i].kind == UnitKind::kAdj && U[i + 1].kind == UnitKind::kAgent && !U[i + 1].country.empty() &&
        HasRole(a, U[i].e, U[i + 1].b, Role::kConj)) {
      U[i].kind = UnitKind::kAgent;
      U[i].sector = U[i + 1].sector;
    }
  }
  // "les armées française et nigérienne": the second adjective shares the noun before the first.
  for (size_t i = 0; i + 1 < U.size(); ++i) {
    if (U[i].kind == UnitKind::kAgent || U[i + 1].kind != UnitKind::kAdj || U[i].sector.empty() ||
        U[i].country.empty() || !HasRole(a, U[i].e, U[i + 1].b, Role::kConj) || U[i + 1].b - U[i].e > 1)
      continue;
    U[i + 1].kind = UnitKind::kAgent;
    U[i + 1].sector = U[i].sector;
  }
  for (Unit& u : U)
    if (u.kind == UnitKind::kAdj) { u.kind = UnitKind::kActor; u.adjective = true; }
  // Head nouns outside politics ("the French striker"): no actor at all.
  U.erase(std::remove_if(U.begin(), U.end(), [](const Unit& u) { return u.sector == "-"; }), U.end());
}

void Remember(DocState& st, const Unit& u) {
  if (!u.resolved() || u.compound) return;
  std::string code = u.Code();
  auto it = std::find_if(st.recent.begin(), st.recent.end(), [&](const Unit& r) { return r.Code() == code; });
  if (it != st.recent.end()) st.recent.erase(it);
  st.recent.push_back(u);
  if (st.recent.size() > 8) st.recent.erase(st.recent.begin());
}

// Resolves pronouns, counterparts, "the Kingdom" and country-less sector words
// against the discourse so far.
void Resolve(DocState& st, SentenceAnalysis& a) {
  for (Unit& u : a.units) {
    auto inherit = [&](const Unit& from) {
      u.country = from.country;
      u.igo = from.igo;
      if (u.sector.empty()) u.sector = from.sector;
      u.name = from.name;
      u.role = from.role;
      u.person = from.person;
    };
    auto make_pair = [&]() {
      if (st.recent.size() < 2) return;
      // The two parties: the last one named and the last before it of another country or
      // organisation ("Cairo" after "Sisi" is the same side), located at this mention so
      // evidence stays in this sentence.
      const Unit& last = st.recent.back();
      const Unit* other = &st.recent[st.recent.size() - 2];
      for (size_t k = st.recent.size() - 1; k-- > 0;) {
        const Unit& r = st.recent[k];
        if (r.igo != last.igo || (r.igo.empty() && r.country != last.country)) { other = &r; break; }
      }
      u.pair = {*other, last};
      for (Unit& m : u.pair) { m.b = u.b; m.e = u.e; }
      u.kind = UnitKind::kActor;
    };
    switch (u.kind) {
      case UnitKind::kPronSg: {
        // After a clause boundary in the same sentence, the sentence's first actor
        // ("Merz reist nach Paris, wo er Macron treffen will"); else the last subject.
        const Unit* first = nullptr;
        for (const Unit& v : a.units) {
          if (&v == &u) break;
          if (v.kind == UnitKind::kActor && v.resolved() && v.pair.empty() && !v.compound) { first = &v; break; }
        }
        if (first && HasRole(a, first->e, u.b, Role::kClause)) { Unit from = *first; u.kind = UnitKind::kActor; inherit(from); }
        else if (st.last_subject) { u.kind = UnitKind::kActor; inherit(*st.last_subject); }
        u.pronoun = true;
        break;
      }
      case UnitKind::kPronObj:
        // "Sie rief ihn auf": the party the last event was done to.
        if (st.last_object) { u.kind = UnitKind::kActor; inherit(*st.last_object); }
        break;
      case UnitKind::kPronPl:
        make_pair();
        break;
      case UnitKind::kCounterpart:
        if (!u.country.empty()) {
          u.kind = UnitKind::kActor;
          const Unit* ante = st.last_subject ? &*st.last_subject : st.recent.empty() ? nullptr : &st.recent.back();
          u.sector = ante && !ante->sector.empty() ? ante->sector : "GOV";
        }
        break;
      case UnitKind::kKingdom: {
        std::string only;
        for (const auto& c : st.countries) {
          if (!st.data.monarchy_set.count(c)) continue;
          if (only.empty()) only = c;
          else if (only != c) { only.clear(); break; }
        }
        if (!only.empty()) { u.kind = UnitKind::kActor; u.country = only; }
        break;
      }
      case UnitKind::kAgent:
        if (!u.country.empty()) { u.kind = UnitKind::kActor; break; }
        if (u.plural) { make_pair(); break; }
        // "la mandataria", "il premier": the last subject first, if it is of this sector
        if (st.last_subject && st.last_subject->sector == u.sector && !st.last_subject->country.empty() &&
            st.last_subject->person >= 0) {
          std::string sector = u.sector;
          u.kind = UnitKind::kActor;
          inherit(*st.last_subject);
          u.sector = sector;
          break;
        }
        for (auto it = st.recent.rbegin(); it != st.recent.rend(); ++it) {
          if (it->sector == u.sector && !it->country.empty()) {
            std::string sector = u.sector;
            u.kind = UnitKind::kActor;
            inherit(*it);
            u.sector = sector;
            break;
          }
        }
        break;
      default:
        break;
    }
  }
}

bool Usable(const Unit& u) { return u.kind == UnitKind::kActor && (u.resolved() || u.pair.size() == 2); }
bool SectorOnly(const Unit& u) { return u.kind == UnitKind::kAgent && u.country.empty() && !u.plural && !u.sector.empty(); }

// A comma between two list items, maybe with an article after it ("Le Mali, le Burkina Faso").
static bool IsComma(const DocState& st, const Sentence& s, const SentenceAnalysis& a, uint32_t from, uint32_t to) {
  if (to <= from || to > from + 2) return false;
  if (to == from + 2 && (a.roles[from + 1] || a.in_trigger[from + 1] || !st.tokens[s.tok_begin + from + 1].word ||
                         st.tokens[s.tok_begin + from + 1].upper))
    return false;
  std::string_view t = st.text.substr(st.tokens[s.tok_begin + from].begin,
                                      st.tokens[s.tok_begin + from].end - st.tokens[s.tok_begin + from].begin);
  return t == "," || t == "\xD8\x8C";  // ASCII or Arabic comma
}

// Actors coordinated with unit `i` ("Mali, Burkina Faso and Niger"), walking
// left (dir -1) or right (+1) over commas and conjunctions.
std::vector<int> Coordinated(const DocState& st, const Sentence& s, const SentenceAnalysis& a, int i, int dir) {
  std::vector<int> out = {i};
  bool seen_conj = false;
  for (int j = i + dir; j >= 0 && j < static_cast<int>(a.units.size()) && out.size() < 6; j += dir) {
    const Unit& near = a.units[out.back()];
    const Unit& u = a.units[j];
    if (!Usable(u) || !u.pair.empty()) break;
    uint32_t from = dir < 0 ? u.e : near.e, to = dir < 0 ? near.b : u.b;
    bool conj = (HasRole(a, from, to, Role::kConj) && to - from <= 3) ||  // "et l'Espagne"
                (to - from <= 1 && st.keys[s.tok_begin + to].conj_clitic);   // "وإسبانيا"
    if (!conj && !IsComma(st, s, a, from, to)) break;
    if (conj && seen_conj) break;
    out.push_back(j);
    // "and" closes the list on its right; walking left, commas may still open it ("Mali, Burkina Faso and")
    if (conj && dir > 0) break;
    seen_conj = seen_conj || conj;
  }
  if (dir < 0) std::reverse(out.begin(), out.end());
  // A list needs its conjunction: "Rabat, Paris" alone is not coordination.
  if (out.size() > 1) {
    bool has_conj = false;
    for (size_t k = 0; k + 1 < out.size(); ++k)
      if (HasRole(a, a.units[out[k]].e, a.units[out[k + 1]].b, Role::kConj) ||
          st.keys[s.tok_begin + a.units[out[k + 1]].b].conj_clitic)
        has_conj = true;
    if (!has_conj) out = {i};
  }
  return out;
}

// The subject group ending at unit index `i`: "X and Y", a list, or a resolved pair.
std::vector<const Unit*> Group(const DocState& st, const Sentence& s, const SentenceAnalysis& a, int i) {
  const Unit& u = a.units[i];
  if (u.pair.size() == 2) return {&u.pair[0], &u.pair[1]};
  std::vector<const Unit*> out;
  for (int j : Coordinated(st, s, a, i, -1)) out.push_back(&a.units[j]);
  return out;
}

Actor MakeActor(const DocState& st, const Sentence& s, const Unit& u) {
  Actor out;
  out.span = {st.tokens[s.tok_begin + u.b].begin, st.tokens[s.tok_begin + u.e - 1].end};
  out.text = std::string(st.text.substr(out.span.begin, out.span.end - out.span.begin));
  out.country = u.country;
  out.sector = u.igo.empty() ? u.sector : "";
  out.code = u.igo.empty() ? u.country + out.sector : u.igo;
  out.name = u.name;
  out.role = u.role;
  return out;
}

void DebugSentence(const DocState& st, const Sentence& s, const SentenceAnalysis& a) {
  auto words = [&](uint32_t b, uint32_t e) {
    return std::string(st.text.substr(st.tokens[s.tok_begin + b].begin,
                                      st.tokens[s.tok_begin + e - 1].end - st.tokens[s.tok_begin + b].begin));
  };
  std::fprintf(stderr, "-- %s\n", words(0, s.tok_end - s.tok_begin).c_str());
  static const char* kKinds[] = {"actor", "adj", "agent", "counterpart", "pron_sg", "pron_pl", "kingdom", "place", "pron_obj"};
  for (const Unit& u : a.units)
    std::fprintf(stderr, "   unit %-11s [%s] code=%s igo=%s name=%s pair=%zu\n", kKinds[static_cast<int>(u.kind)],
                 words(u.b, u.e).c_str(), (u.country + u.sector).c_str(), u.igo.c_str(), u.name.c_str(), u.pair.size());
  for (const auto& h : a.events) {
    const auto& p = st.lang.patterns[h.pattern];
    std::fprintf(stderr, "   event [%s] %s (%s:%u)\n", words(h.begin, h.end).c_str(), st.lang.events[p.payload].code.c_str(),
                 st.data.source_files[p.file].c_str(), p.line);
  }
  for (uint32_t t = 0; t < a.roles.size(); ++t)
    if (a.roles[t]) std::fprintf(stderr, "   role [%s] %x\n", words(t, t + 1).c_str(), a.roles[t]);
}


}  // namespace dyad::coding
