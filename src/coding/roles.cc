#include "coding/roles.h"

#include <algorithm>
#include <unordered_set>

namespace dyad::coding {

using lex::Role;

bool CodeTrigger(const DocState& st, const Sentence& s, const SentenceAnalysis& a, const match::Hit& ev,
                 const std::string& place_country, CodedTrigger* out) {
  const lex::LanguagePack* lang = &st.lang;
  const lex::LexiconData& data = st.data;
  const lex::EventEntry& entry = lang->events[lang->patterns[ev.pattern].payload];
  const lex::Settings& cfg = lang->settings;
  uint32_t n = s.tok_end - s.tok_begin;
  *out = CodedTrigger{};
  std::span<const match::TokenKeys> keys(st.keys.data() + s.tok_begin, n);
  std::vector<uint32_t> matched = match::MatchedPositions(lang->patterns[ev.pattern], keys, ev.begin, ev.end);
  // Negation around the trigger, except a negation that is the pattern's own word ("will not accept").
  uint32_t nb = ev.begin > cfg.negation_before ? ev.begin - cfg.negation_before : 0;
  for (uint32_t t = nb; t < std::min(n, ev.end + cfg.negation_after); ++t)
    if ((a.roles[t] & Bit(Role::kNeg)) && std::find(matched.begin(), matched.end(), t) == matched.end()) return false;
  std::string code = entry.code;
  uint32_t mb = ev.begin > cfg.modal_before ? ev.begin - cfg.modal_before : 0;
  // Modality before the trigger, or inside its gaps ("brengt volgende week een bezoek").
  bool modal_in_gap = false;
  for (uint32_t t = ev.begin; t < ev.end; ++t)
    if ((a.roles[t] & Bit(Role::kModal)) && std::find(matched.begin(), matched.end(), t) == matched.end())
      modal_in_gap = true;
  if (HasRole(a, mb, ev.begin, Role::kModal) || modal_in_gap) {
    auto it = data.intent_index.find(code.substr(0, 2));
    if (it == data.intent_index.end()) return false;
    code = it->second;
    out->intended = true;
  } else {
    for (const auto& r : a.refines) {
      const lex::RefineEntry& re = lang->refines[lang->patterns[r.pattern].payload];
      if (re.base == code && r.begin >= ev.begin) { code = re.refined; break; }
    }
  }

  static const std::unordered_set<std::string> kContentRoots = {"02", "03", "10", "11", "12", "13"};
  out->introduces_content = kContentRoots.count(code.substr(0, 2)) > 0;
  out->code = code;

  // Roles: left and right actors of the trigger.
  // Units made only of the trigger's own words ("recalled its ambassador")
  // are part of the event phrase; units in its gaps are its arguments.
  auto in_trigger = [&](const Unit& u) {
    for (uint32_t t = u.b; t < u.e; ++t)
      if (std::find(matched.begin(), matched.end(), t) == matched.end()) return false;
    return true;
  };
  int left = -1, right = -1, left_all = -1;  // left_all: also actors after a locative
  for (int i = 0; i < static_cast<int>(a.units.size()); ++i) {
    const Unit& u = a.units[i];
    if (in_trigger(u)) continue;
    // With no actor before the trigger, its subject may be a sector alone ("militants killed ...",
    // "police arrested ..."): it takes the country of the place or of the other party.
    // An actor right after a locative ("in Oekraïne begonnen", "a court in Iran") is where, not who.
    bool after_loc = HasRole(a, u.b >= 2 ? u.b - 2 : 0, u.b, Role::kLoc);
    if (u.e <= ev.begin && Usable(u)) left_all = i;
    if (u.e <= ev.begin && !after_loc && (Usable(u) || (SectorOnly(u) && (left < 0 || SectorOnly(a.units[left])))))
      left = i;
    // The object may be a sector alone ("arrested dozens of migrants"):
    // it is the target even without a country, so nothing further right is.
    else if ((Usable(u) || SectorOnly(u)) && u.b > ev.begin && right < 0 &&
             u.b <= ev.end + cfg.actor_window) {
      // Verb-final: a sector alone past a conjunction belongs to the next clause ("veroordeeld en de
      // vrijlating van president X geëist"); a named actor there is still the object.
      if (cfg.verb_final && !Usable(u) && u.b >= ev.end && HasRole(a, ev.end, u.b, Role::kConj)) break;
      right = i;
    }
  }
  // Before a meeting or call the nearest actor may only modify it ("relations with France after a
  // phone call with Macron"): when it is the same party as the object, the subject is further left.
  // (Only for consultations: elsewhere that actor is often the subject of a relative clause.)
  auto same_party = [](const Unit& x, const Unit& y) {
    return x.Code() == y.Code() || (!x.country.empty() && x.country == y.country);
  };
  if (code.rfind("04", 0) == 0 && left >= 0 && right >= 0 && Usable(a.units[left]) && Usable(a.units[right]) &&
      same_party(a.units[left], a.units[right])) {
    for (int i = left - 1; i >= 0; --i) {
      const Unit& u = a.units[i];
      if (HasRole(a, u.e, a.units[left].b, Role::kClause)) break;
      if (Usable(u) && !in_trigger(u) && !same_party(u, a.units[right])) { left = i; break; }
    }
  }
  // An object of the subject's own party is its genitive ("la solidarité de la Belgique avec le
  // Maroc"): the object is the next actor of another party.
  if (left >= 0 && right >= 0 && Usable(a.units[left]) && Usable(a.units[right]) &&
      same_party(a.units[left], a.units[right])) {
    for (int i = right + 1; i < static_cast<int>(a.units.size()); ++i) {
      const Unit& u = a.units[i];
      if (u.b > ev.end + cfg.actor_window || HasRole(a, a.units[right].e, u.b, Role::kClause)) break;
      if (Usable(u) && !in_trigger(u) && !same_party(u, a.units[left])) { right = i; break; }
    }
  }
  // Passive: an agent phrase ("door", "by", "par") after the trigger, right
  // after it or with a passive auxiliary shortly before it; the actor just
  // after that word is the source.
  int by_actor = -1;
  uint32_t by_at = UINT32_MAX;
  for (uint32_t t = ev.begin + 1; t < std::min(n, ev.end + 8); ++t)
    if (a.roles[t] & Bit(Role::kPassiveBy)) { by_at = t; break; }
  uint32_t ab = ev.begin > 6 ? ev.begin - 6 : 0;
  // Right after the trigger; inside a gapped trigger ("hulpgoederen naar het door ... getroffen zuiden
  // gestuurd") only with a passive auxiliary.
  bool by_right_after = by_at != UINT32_MAX && by_at + 1 >= ev.end && by_at <= ev.end + 1;
  // A nominal trigger with its patient after "of" and its agent after "by": "the arrest of two
  // diplomats by Norwegian police", "l'arrestation de X par Y".
  bool nominal_by = by_at != UINT32_MAX && ev.end < n && (a.roles[ev.end] & Bit(Role::kOf)) && by_at <= ev.end + 6;
  if (by_at != UINT32_MAX &&
      (by_right_after || nominal_by || entry.passive || HasRole(a, ab, ev.end, Role::kPassiveAux))) {
    // The agent phrase runs up to 7 tokens ("by anti-tank missile fire from Lebanon"), not past a
    // locative or a new clause ("by a bomb outside the Iraqi city").
    uint32_t stop = by_at + 1;
    while (stop < std::min(n, by_at + 8) && !(a.roles[stop] & (Bit(Role::kLoc) | Bit(Role::kClause)))) ++stop;
    for (int i = 0; i < static_cast<int>(a.units.size()); ++i) {
      const Unit& u = a.units[i];
      if (u.b > by_at && u.b < stop && !in_trigger(u) && (Usable(u) || SectorOnly(u))) { by_actor = i; break; }
    }
    // "were killed by an explosive device": a passive whose agent is no actor.
    if (by_actor < 0 && by_at == ev.end) return true;
  }
  bool passive = by_actor >= 0;
  // An inherently passive trigger without its agent ("was arrested in Germany"):
  // the actor before it underwent the event; who did it is not said.
  if (entry.passive && !passive) return true;
  std::vector<const Unit*> sources, targets;
  auto right_list = [&](int i) {
    std::vector<const Unit*> out;
    if (a.units[i].pair.size() == 2) return std::vector<const Unit*>{&a.units[i].pair[0], &a.units[i].pair[1]};
    if (!Usable(a.units[i])) return std::vector<const Unit*>{&a.units[i]};  // a sector alone
    for (int j : Coordinated(st, s, a, i, +1)) out.push_back(&a.units[j]);
    return out;
  };
  if (passive) {
    sources = right_list(by_actor);
    if (left >= 0) targets = Group(st, s, a, left);
    else if (right >= 0 && right != by_actor) targets = right_list(right);  // "expulsé vers le Maroc par ..."
  } else if (left >= 0) {
    sources = Group(st, s, a, left);
    if (right >= 0) {
      targets = right_list(right);
    } else if (sources.size() == 1 && !entry.solo && cfg.verb_final) {
      // Verb-final clause ("heeft haar Deense ambtgenoot ontvangen"): the
      // nearest actor before the verb is its object, an earlier one its subject.
      // The subject may be a sector alone ("Minister X (Asiel) heeft ... ontvangen"), placed later,
      // when no named actor can be.
      // The object may stand after a locative ("de staatsgreep in Niger veroordeeld").
      int obj = std::max(left, left_all);
      bool any_usable = false;
      for (int i = 0; i < obj; ++i)
        if (Usable(a.units[i]) && !HasRole(a, a.units[i].e, a.units[obj].b, Role::kClause)) any_usable = true;
      for (int i = 0; i < obj; ++i) {
        bool sector_subject = !any_usable && SectorOnly(a.units[i]) && !place_country.empty();
        if ((!Usable(a.units[i]) && !sector_subject) || HasRole(a, a.units[i].e, a.units[obj].b, Role::kClause)) continue;
        std::vector<int> subject = Coordinated(st, s, a, i, +1);
        if (subject.back() >= obj) continue;
        for (int j : subject) sources.push_back(&a.units[j]);
        sources.erase(sources.begin());  // drop the placeholder taken from Group(left)
        targets = {&a.units[obj]};
        break;
      }
    }
  } else if (right >= 0 && (cfg.verb_first || a.units[right].e <= ev.end)) {
    // Verb-first or inverted clause ("Gisteren ontmoette Macron Scholz"), or in any language the
    // argument inside a nominal trigger ("the deployment of an ECOWAS force to Niger").
    sources = right_list(right);
    int last = right;
    for (const Unit* u : sources)
      for (int i = 0; i < static_cast<int>(a.units.size()); ++i)
        if (&a.units[i] == u) last = std::max(last, i);
    for (int i = last + 1; i < static_cast<int>(a.units.size()) && targets.empty(); ++i)
      if (Usable(a.units[i]) && !in_trigger(a.units[i]) && a.units[i].b <= ev.end + cfg.actor_window)
        targets = right_list(i);
  }
  // A visit to a named place is a visit to its country ("s'est rendue à Tunis").
  Unit visited;
  // Likewise an ambassador recalled from the capital where he serves ("zijn ambassadeur in Berlijn").
  if (targets.empty() && (code.rfind("042", 0) == 0 || code.rfind("161", 0) == 0)) {
    for (const Unit& u : a.units) {
      if (u.kind != UnitKind::kPlace || u.b < ev.begin || u.b > ev.end + cfg.actor_window) continue;
      visited = u;
      visited.kind = UnitKind::kActor;
      visited.sector.clear();
      targets = {&visited};
      break;
    }
  }
  // No actors fit: a valid trigger that yields no event.
  if (sources.empty()) return true;
  // A sector alone is a source when the other party has a country or the place gives one
  // ("tués par des jihadistes", "rebels attacked troops in Mali").
  // An active subject that is a sector alone takes its country from the place, or, for a non-state
  // sector ("rebels", "militants"), from the other party: state organs are seldom the other side's.
  static const std::unordered_set<std::string> kStateSectors = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG"};
  const Unit& first = *sources.front();
  if (!Usable(first) &&
      !(passive && !targets.empty() && Usable(*targets.front())) &&
      !(!place_country.empty() && (!targets.empty() || entry.solo)) &&
      !(!kStateSectors.count(first.sector) && !targets.empty() && Usable(*targets.front())))
    return true;
  if (entry.group && sources.size() < 2) return true;  // "X and Y discussed", not "X discussed Mali"
  if (targets.size() == 1 && targets[0]->pair.size() == 2 && sources.size() == 1) targets.clear();

  std::vector<std::pair<const Unit*, const Unit*>> dyads;
  bool symmetric = entry.sym;
  if (sources.size() >= 2 && (targets.empty() || entry.sym)) {
    // "X and Y met": each pair of the group once.
    for (size_t x = 0; x < sources.size(); ++x)
      for (size_t y = x + 1; y < sources.size(); ++y) dyads.emplace_back(sources[x], sources[y]);
    symmetric = true;
  } else if (targets.empty()) {
    for (const Unit* src : sources) dyads.emplace_back(src, nullptr);
  } else {
    for (const Unit* src : sources)
      for (const Unit* tgt : targets) dyads.emplace_back(src, tgt);
  }

  // A sector without a country ("police", "smugglers", "migrants") is of the
  // country where this happens, else of the other party's country.
  auto localise = [&](Unit& u, const Unit& other) {
    if (!u.country.empty() || !u.igo.empty()) return;
    u.country = place_country.empty() ? other.country : place_country;
    u.kind = UnitKind::kActor;
  };
  for (auto [src_ptr, tgt_ptr] : dyads) {
    if (!tgt_ptr && !entry.solo) continue;
    Unit src = *src_ptr;
    std::optional<Unit> tgt;
    if (!tgt_ptr && !src.resolved() && !place_country.empty()) {
      src.country = place_country;  // "protesters marched in Tbilisi"
      src.kind = UnitKind::kActor;
    }
    if (!tgt_ptr && !src.resolved()) continue;
    // CAMEO convention: a protest that names no target is against the government of its country.
    if (!tgt_ptr && code.rfind("14", 0) == 0 && !src.country.empty() && src.sector != "GOV") {
      Unit gov = src;
      gov.sector = "GOV";
      gov.igo.clear();
      gov.name.clear();
      gov.role.clear();
      gov.person = -1;
      out->dyads.emplace_back(std::move(src), std::move(gov));
      continue;
    }
    if (tgt_ptr) {
      tgt = *tgt_ptr;
      localise(src, *tgt);
      localise(*tgt, src);
      if (!src.resolved() || !tgt->resolved()) continue;
      bool same = src.Code() == tgt->Code() ||
                  (!src.country.empty() && src.country == tgt->country &&
                   (src.sector.empty() || tgt->sector.empty() || src.sector == tgt->sector));
      if (same) continue;
    }
    out->dyads.emplace_back(std::move(src), std::move(tgt));
  }
  out->code = code;
  out->symmetric = symmetric;
  // The grammatical subject, the antecedent of the next "he": in a passive, the one it happened to.
  const Unit* subject = passive && !targets.empty() ? targets[0] : sources[0];
  if (subject->pair.empty() && Usable(*subject)) out->subject = *subject;
  return true;
}

}  // namespace dyad::coding
