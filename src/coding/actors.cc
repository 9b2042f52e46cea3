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
    } else {
      actorish.push_back(h);
    }
  }
  a.events = Longest(std::move(events));
  a.in_trigger.assign(n, false);
  for (const auto& h : a.events)
    for (uint32_t t = h.begin; t < h.end; ++t) a.in_trigger[t] = true;
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
        u.country_name = c.kind == lex::CountryKind::kName || c.kind == lex::CountryKind::kCapital;
        break;
      }
      case EntryKind::kIgo: u.igo = lang.igos[p.payload].code; break;
      case EntryKind::kAgent:
        u.kind = UnitKind::kAgent;
        u.sector = lang.agents[p.payload].sector;
        u.plural = lang.agents[p.payload].plural;
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
        else if (r == Role::kCounterpart) u.kind = UnitKind::kCounterpart;
        else if (r == Role::kKingdom) u.kind = UnitKind::kKingdom;
        else {
          for (uint32_t t = h.begin; t < h.end; ++t) a.roles[t] |= Bit(r);
          continue;
        }
        break;
      }
      default: continue;
    }
    a.units.push_back(std::move(u));
  }
  // Gazetteer names where no actor stands, written with a capital letter.
  for (const auto& h : Longest(st.place_hits[si])) {
    uint32_t alias = st.data.gazetteer.patterns[h.pattern].payload;
    bool taken = false;
    for (Unit& u : a.units) {
      if (!(h.begin < u.e && u.b < h.end)) continue;
      taken = true;
      // A capital is also a gazetteer name: its place is chosen among all places of that name.
      if (u.capital && u.b == h.begin && u.e == h.end) u.place_alias = static_cast<int>(alias);
    }
    // Place names start with a capital letter (Latin script) or a letter without case (Arabic).
    const text::RawToken& first = st.tokens[s.tok_begin + h.begin];
    bool uncased = first.word && static_cast<unsigned char>(st.text[first.begin]) >= 0xD8;
    if (taken || !(first.upper || uncased)) continue;
    Unit u;
    u.b = h.begin;
    u.e = h.end;
    u.kind = UnitKind::kPlace;
    u.place_alias = static_cast<int>(alias);
    a.units.push_back(std::move(u));
  }
  std::sort(a.units.begin(), a.units.end(), [](const Unit& x, const Unit& y) { return x.b < y.b; });
  return a;
}

static bool Punct(const DocState& st, const Sentence& s, uint32_t t) { return !st.tokens[s.tok_begin + t].word; }

// Tokens strictly between two units are all "glue": punctuation, or at most
// `words` words that are not grammar roles of kind `stop`.
static bool Glue(const DocState& st, const Sentence& s, const SentenceAnalysis& a, uint32_t from, uint32_t to,
          uint32_t words) {
  uint32_t w = 0;
  for (uint32_t t = from; t < to; ++t) {
    // Never across an event phrase: "Morocco recalled its ambassador" is no "Moroccan ambassador".
    if (a.in_trigger[t]) return false;
    if (a.roles[t] & (Bit(Role::kConj) | Bit(Role::kClause))) return false;
    if (!Punct(st, s, t) && ++w > words) return false;
  }
  return true;
}

bool HasRole(const SentenceAnalysis& a, uint32_t from, uint32_t to, Role r) {
  for (uint32_t t = from; t < to && t < a.roles.size(); ++t)
    if (a.roles[t] & Bit(r)) return true;
  return false;
}

// Marks capitals used as places: after a locative preposition, or in the
// dateline position at the head of a lead sentence ("RABAT -", "Rabat, 22 avril").
void MarkPlaces(const DocState& st, const Sentence& s, SentenceAnalysis& a, bool lead) {
  uint32_t n = s.tok_end - s.tok_begin;
  for (Unit& u : a.units) {
    if (!u.capital && u.place_alias < 0) continue;
    bool after_loc = st.keys[s.tok_begin + u.b].loc_clitic;  // "بالرياض"
    for (uint32_t k = 1; k <= 2 && k <= u.b; ++k)
      if (a.roles[u.b - k] & Bit(Role::kLoc)) after_loc = true;
    bool dateline = false;
    if (lead && u.b < 15 && u.e < n) {
      std::string_view next = st.text.substr(st.tokens[s.tok_begin + u.e].begin, 1);
      dateline = next == "-" || next == "," || next == "(" || next == ":";
      // "Madrid, Dublín y Oslo reconocieron": a list of actors, not a dateline.
      if (next == "," && std::any_of(a.units.begin(), a.units.end(), [&](const Unit& o) { return o.b == u.e + 1; }))
        dateline = false;
    }
    if (after_loc || dateline) {
      u.kind = UnitKind::kPlace;
      u.dateline = !after_loc;
    } else if (!u.capital && u.place_alias >= 0) {
      u.place_alias = -2;  // a town named in passing ("Barcelona beat Madrid"): neither place nor actor
    }
  }
  a.units.erase(std::remove_if(a.units.begin(), a.units.end(), [](const Unit& u) { return u.place_alias == -2; }),
                a.units.end());
}

// Merges modifiers into the actors they modify.
void Compose(const DocState& st, const Sentence& s, SentenceAnalysis& a) {
  auto& U = a.units;
  auto absorb = [&](size_t into, size_t from) {
    U[into].b = std::min(U[into].b, U[from].b);
    U[into].e = std::max(U[into].e, U[from].e);
    U.erase(U.begin() + static_cast<std::ptrdiff_t>(from));
  };
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t i = 0; i + 1 < U.size() && !changed; ++i) {
      Unit& x = U[i];
      Unit& y = U[i + 1];
      bool wants_country = (y.kind == UnitKind::kAgent || y.kind == UnitKind::kCounterpart) && y.country.empty();
      // "de Franse minister", "his French counterpart", "Moroccan and French officials"
      if (x.kind == UnitKind::kAdj && wants_country && Glue(st, s, a, x.e, y.b, 2)) {
        y.country = x.country;
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
                 x.kind == UnitKind::kActor) {
        // "Morocco's interior minister", "US troops"
        y.country = x.country;
        absorb(i + 1, i);
        changed = true;
      } else if ((x.kind == UnitKind::kAgent || x.kind == UnitKind::kCounterpart) && x.country.empty() &&
                 (y.kind == UnitKind::kAdj || (y.kind == UnitKind::kActor && y.country_name)) &&
                 (Glue(st, s, a, x.e, y.b, 0) || (HasRole(a, x.e, y.b, Role::kOf) && y.b - x.e <= 3) ||
                  (y.kind == UnitKind::kAdj && Glue(st, s, a, x.e, y.b, 2)))) {
        // "le ministre marocain", "minister van Marokko", "ministre de l'Intérieur du Maroc"
        x.country = y.country;
        absorb(i, i + 1);
        changed = true;
      } else if (x.kind == UnitKind::kAgent && y.person >= 0 && (x.country.empty() || x.country == y.country) &&
                 ((y.b - x.e <= 3 && Glue(st, s, a, x.e, y.b, 0)) ||
                  (y.b - x.e <= 6 && (a.roles[x.e] & Bit(Role::kOf)) && Glue(st, s, a, x.e, y.b, 4)))) {
        // "De minister van Binnenlandse Zaken Abdel Wafi Laftit",
        // "la ministre française des Affaires étrangères Catherine Colonna"
        // "De minister van Binnenlandse Zaken Abdel Wafi Laftit"
        std::string sector = x.sector;
        absorb(i + 1, i);
        if (U[i].sector.empty()) U[i].sector = sector;
        changed = true;
      } else if (x.person >= 0 && y.kind == UnitKind::kAgent && y.country.empty() && y.b - x.e <= 3 &&
                 Glue(st, s, a, x.e, y.b, 1)) {
        // "Laftit, the interior minister"
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
  for (Unit& u : U)
    if (u.kind == UnitKind::kAdj) u.kind = UnitKind::kActor;
}

void Remember(DocState& st, const Unit& u) {
  if (!u.resolved()) return;
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
      // The two parties, located at this mention so evidence stays in this sentence.
      u.pair = {st.recent[st.recent.size() - 2], st.recent.back()};
      for (Unit& m : u.pair) { m.b = u.b; m.e = u.e; }
      u.kind = UnitKind::kActor;
    };
    switch (u.kind) {
      case UnitKind::kPronSg:
        if (st.last_subject) { u.kind = UnitKind::kActor; inherit(*st.last_subject); }
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

static bool IsComma(const DocState& st, const Sentence& s, uint32_t from, uint32_t to) {
  if (to != from + 1) return false;
  std::string_view t = st.text.substr(st.tokens[s.tok_begin + from].begin,
                                      st.tokens[s.tok_begin + from].end - st.tokens[s.tok_begin + from].begin);
  return t == "," || t == "\xD8\x8C";  // ASCII or Arabic comma
}

// Actors coordinated with unit `i` ("Mali, Burkina Faso and Niger"), walking
// left (dir -1) or right (+1) over commas and conjunctions.
std::vector<int> Coordinated(const DocState& st, const Sentence& s, const SentenceAnalysis& a, int i, int dir) {
  std::vector<int> out = {i};
  for (int j = i + dir; j >= 0 && j < static_cast<int>(a.units.size()) && out.size() < 6; j += dir) {
    const Unit& near = a.units[out.back()];
    const Unit& u = a.units[j];
    if (!Usable(u) || !u.pair.empty()) break;
    uint32_t from = dir < 0 ? u.e : near.e, to = dir < 0 ? near.b : u.b;
    bool conj = (HasRole(a, from, to, Role::kConj) && to - from <= 3) ||  // "et l'Espagne"
                (to - from <= 1 && st.keys[s.tok_begin + to].conj_clitic);   // "وإسبانيا"
    if (!conj && !IsComma(st, s, from, to)) break;
    out.push_back(j);
    if (conj) break;  // "and" closes the list
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
  static const char* kKinds[] = {"actor", "adj", "agent", "counterpart", "pron_sg", "pron_pl", "kingdom", "place"};
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
