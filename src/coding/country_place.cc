#include "coding/country_place.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

namespace dyad::coding {

using lex::EntryKind;
using lex::Role;

std::optional<CountryPlaceHit> FindCountryPlace(const DocState& st, const lex::LexiconData& data,
                                                const lex::LanguagePack& lang, size_t sentence_index,
                                                const Sentence& s, const SentenceAnalysis& a, const std::string& root,
                                                const match::Hit& ev, const std::array<std::string, 2>& sides) {
  static const std::unordered_set<std::string> kMaterial = {"06", "07", "08", "15", "17", "18", "19", "20"};
  if (!kMaterial.count(root)) return std::nullopt;
  const RoleBits before = Bit(Role::kLoc) | Bit(Role::kDest);
  const uint32_t n = s.tok_end - s.tok_begin;
  auto after_marker = [&](uint32_t b, uint32_t reach) {
    if (st.keys[s.tok_begin + b].loc_clitic) return true;
    for (uint32_t k = 1; k <= reach && k <= b; ++k) {
      if (a.roles[b - k] & before) return true;
      if (a.roles[b - k] & Bit(Role::kClause)) return false;
    }
    return false;
  };
  struct Found { uint32_t b, e; std::string country; bool border; };
  std::optional<Found> best;
  uint32_t best_dist = 0;
  auto consider = [&](Found f) {
    uint32_t from = std::min(ev.end, f.e), to = std::max(ev.begin, f.b);
    if (HasRole(a, from, to, Role::kClause)) return;
    uint32_t dist = to - from;
    if (!best || dist < best_dist) best = f, best_dist = dist;
  };
  // The country name that opens a unit, and its end; also one an apposition has absorbed
  // ("إلى المغرب مواطنا").
  auto name_at = [&](const Unit& u) -> std::pair<std::string, uint32_t> {
    if (u.country_name) return {u.capital ? "" : u.country, u.e};
    for (const match::Hit& h : st.hits[sentence_index]) {
      const lex::Pattern& p = lang.patterns[h.pattern];
      if (h.begin == u.b && h.end < u.e && p.kind == EntryKind::kCountry &&
          lang.countries[p.payload].kind == lex::CountryKind::kName)
        return {lang.countries[p.payload].iso3, h.end};
    }
    return {"", 0};
  };
  for (const Unit& u : a.units) {
    if (u.kind != UnitKind::kActor || u.place_alias >= 0) continue;
    auto [country, name_end] = name_at(u);
    if (country.empty()) continue;
    uint32_t border = 0;  // the border word's distance before the name
    for (uint32_t k = 1; k <= 3 && k <= u.b && !border; ++k)
      if (a.roles[u.b - k] & Bit(Role::kBorder)) border = k;
    if (!border && !after_marker(u.b, 4)) continue;
    consider({u.b - border, name_end, country, border > 0});
  }
  // "a sus costas", "sur son territoire", "an die Grenze": the acting side's own ground, when no
  // country follows, nor an "of" ("las costas de Alhucemas": someone's).
  for (uint32_t t = 1; t < n; ++t) {
    if (!(a.roles[t] & (Bit(Role::kTerritory) | Bit(Role::kBorder))) || !after_marker(t, 3)) continue;
    if (t + 1 < n && (a.roles[t + 1] & Bit(Role::kOf))) continue;
    bool country_after = std::any_of(a.units.begin(), a.units.end(), [&](const Unit& u) {
      return u.b > t && u.b <= t + 3 && (!u.country.empty() || u.kind == UnitKind::kPlace);
    });
    if (!country_after && !sides[0].empty()) consider({t, t + 1, sides[0], false});
  }
  // Region words: the country is the name (not an adjective) right after it, or after
  // its "of" and an article; "the country" is the last country named before it.
  for (uint32_t t = 0; t + 1 < n; ++t) {
    if (!(a.roles[t] & Bit(Role::kRegion)) || (t + 1 < n && (a.roles[t + 1] & Bit(Role::kRegion))))
      continue;
    if (!after_marker(t, 5) && !(a.roles[t] & before)) continue;
    uint32_t c = t + 1;
    if (c < n && (a.roles[c] & Bit(Role::kOf))) ++c;
    if (c < n && c > t + 1 && !(a.roles[c] & Bit(Role::kLand)) && st.tokens[s.tok_begin + c].word &&
        st.tokens[s.tok_begin + c].end - st.tokens[s.tok_begin + c].begin <= 3 && !st.tokens[s.tok_begin + c].upper)
      ++c;  // an article: "of the country", "du pays" has none
    if (c >= n) continue;
    std::string country;
    uint32_t ce = c + 1;
    if (a.roles[c] & Bit(Role::kLand)) {
      for (const Unit& u : a.units)
        if (u.e <= t && !u.country.empty() && !u.capital && u.kind != UnitKind::kPlace) country = u.country;
    } else {
      for (const match::Hit& h : st.hits[sentence_index]) {
        const lex::Pattern& p = lang.patterns[h.pattern];
        if (h.begin != c || p.kind != EntryKind::kCountry) continue;
        const lex::CountryEntry& ce_entry = lang.countries[p.payload];
        if (ce_entry.kind == lex::CountryKind::kName) country = ce_entry.iso3, ce = h.end;
      }
    }
    if (!country.empty()) consider({t, ce, country, false});
  }
  if (!best) return std::nullopt;
  std::string country = best->country;
  if (best->border) {
    // The side that borders X ("German and Lithuanian troops near the border with Belarus": LTU),
    // else the first that is not X.
    auto borders = [&](const std::string& c) {
      return std::binary_search(data.neighbours.begin(), data.neighbours.end(), c + country);
    };
    auto side = std::find_if(sides.begin(), sides.end(), [&](const std::string& c) { return !c.empty() && c != country && borders(c); });
    if (side == sides.end())
      side = std::find_if(sides.begin(), sides.end(), [&](const std::string& c) { return !c.empty() && c != country; });
    if (side == sides.end()) return std::nullopt;
    country = *side;
  }
  return CountryPlaceHit{best->b, best->e, country};
}

}  // namespace dyad::coding
