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
  uint32_t nb = ev.begin > cfg.negation_before ? ev.begin - cfg.negation_before : 0;
  if (cfg.verb_final) {
    // A verb-final clause negates anywhere before its verb ("hat den Vertrag bis
    // heute nicht unterzeichnet"): look back to the start of the clause.
    uint32_t lo = ev.begin > cfg.actor_window ? ev.begin - cfg.actor_window : 0;
    uint32_t t = ev.begin;
    while (t > lo && !ClauseEdge(st, s, a, t - 1)) --t;
    nb = t;  // and not beyond it ("Obwohl es nicht geplant war, kritisierte Polen ...")
  }
  if (HasRole(a, nb, std::min(n, ev.end + cfg.negation_after), Role::kNeg)) return false;
  // A trigger right after a causal preposition names the cause of what the sentence
  // reports ("Wegen des Hackerangriffs wurde ... einbestellt"), not an event of its own.
  if (HasRole(a, ev.begin >= 2 ? ev.begin - 2 : 0, ev.begin, Role::kCause)) return false;
  std::string code = entry.code;
  uint32_t mb = ev.begin > cfg.modal_before ? ev.begin - cfg.modal_before : 0;
  // Modality before the trigger, or inside its gaps ("brengt volgende week een bezoek").
  std::span<const match::TokenKeys> keys(st.keys.data() + s.tok_begin, n);
  std::vector<uint32_t> matched = match::MatchedPositions(lang->patterns[ev.pattern], keys, ev.begin, ev.end);
  bool modal_in_gap = false;
  for (uint32_t t = ev.begin; t < ev.end; ++t)
    if ((a.roles[t] & Bit(Role::kModal)) && std::find(matched.begin(), matched.end(), t) == matched.end())
      modal_in_gap = true;
  // Verb-final clauses put the modal after the verb ("..., wo er Macron treffen will").
  bool modal_after = cfg.verb_final && ev.end < n && (a.roles[ev.end] & Bit(Role::kModal));
  // A clause inserted between the subject and the trigger ("Ein Deutscher, der sich
  // in Syrien dem IS angeschlossen haben soll, wurde ... festgenommen") holds neither
  // the subject nor the trigger's modality: it runs from its opening comma to the
  // comma right before the trigger.
  uint32_t inserted_b = ev.begin, inserted_e = ev.begin;
  auto is_comma = [&](uint32_t t) {
    const text::RawToken& r = st.tokens[s.tok_begin + t];
    return r.end == r.begin + 1 && st.text[r.begin] == ',';
  };
  if (ev.begin >= 2 && is_comma(ev.begin - 1)) {
    for (uint32_t t = ev.begin - 1; t-- > 0;)
      if (is_comma(t)) {
        if (t + 1 < n && (a.roles[t + 1] & Bit(Role::kClause))) inserted_b = t;
        break;
      }
  }
  bool modal_before = HasRole(a, mb, std::min(ev.begin, inserted_b), Role::kModal);
  if (cfg.verb_final) {
    // ... nor does a modal of an earlier subordinate clause ("Nachdem X Y treffen
    // wollte, kritisierte er"); a comma alone does not end the scope ("kündigte
    // an, nach Paris zu reisen").
    // A comma right before the trigger does end it ("Obwohl es geplant war, kritisierte ..."),
    // unless it closes a modal phrase ("kündigte an, seine Truppen abzuziehen").
    uint32_t t = std::min(ev.begin, inserted_b);
    if (t == ev.begin && t > 0 && is_comma(t - 1) && !(a.roles[t - 1] & Bit(Role::kModal))) t = ev.begin;
    else
      while (t > mb && !(a.roles[t - 1] & Bit(Role::kClause))) --t;
    modal_before = HasRole(a, t, std::min(ev.begin, inserted_b), Role::kModal);
  }
  if (modal_before || modal_in_gap || modal_after) {
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
  int left = -1, right = -1, left_sector = -1;
  for (int i = 0; i < static_cast<int>(a.units.size()); ++i) {
    const Unit& u = a.units[i];
    if (in_trigger(u)) continue;
    if (u.b > inserted_b && u.e <= inserted_e) continue;
    if (Usable(u) && u.e <= ev.begin) left = i;
    // Civilians or police alone ("Tausende Menschen") are the subject where the sentence names the place.
    else if (SectorOnly(u) && (u.sector == "CVL" || u.sector == "COP") && !place_country.empty() && u.e <= ev.begin)
      left_sector = i;
    // The object may be a sector alone ("arrested dozens of migrants"):
    // it is the target even without a country, so nothing further right is.
    // ... but not the subject pronoun of a later clause ("..., wo er Macron trifft").
    else if ((Usable(u) || SectorOnly(u)) && u.b > ev.begin && right < 0 &&
             u.b <= ev.end + cfg.actor_window && !(u.pronoun && HasRole(a, ev.end, u.b, Role::kClause)))
      right = i;
  }
  if (left < 0) left = left_sector;
  // Passive: an agent phrase ("door", "by", "par") after the trigger, right
  // after it or with a passive auxiliary shortly before it; the actor just
  // after that word is the source.
  int by_actor = -1;
  uint32_t by_at = UINT32_MAX;
  // A passive pattern may start with its agent phrase ("..., wo er von Tusk empfangen wurde").
  for (uint32_t t = entry.passive ? ev.begin : ev.begin + 1; t < std::min(n, ev.end + 8); ++t)
    if (a.roles[t] & Bit(Role::kPassiveBy)) { by_at = t; break; }
  uint32_t ab = ev.begin > 6 ? ev.begin - 6 : 0;
  // Right after the trigger, not inside its gap: "hat von Teheran ... verlangt" is active.
  bool by_follows = by_at >= ev.end && by_at <= ev.end + 1;
  if (by_at != UINT32_MAX && (by_follows || entry.passive || HasRole(a, ab, ev.end, Role::kPassiveAux))) {
    for (int i = 0; i < static_cast<int>(a.units.size()); ++i) {
      const Unit& u = a.units[i];
      if (u.b > by_at && u.b <= by_at + 4 && !in_trigger(u) && (Usable(u) || SectorOnly(u))) { by_actor = i; break; }
    }
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
      for (int i = 0; i < left; ++i) {
        if (!Usable(a.units[i]) || HasRole(a, a.units[i].e, a.units[left].b, Role::kClause)) continue;
        std::vector<int> subject = Coordinated(st, s, a, i, +1);
        if (subject.back() >= left) continue;
        for (int j : subject) sources.push_back(&a.units[j]);
        sources.erase(sources.begin());  // drop the placeholder taken from Group(left)
        targets = {&a.units[left]};
        break;
      }
    }
  } else if (right >= 0) {
    // Verb-first or inverted clause ("Gisteren ontmoette Macron Scholz").
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
  if (targets.empty() && code.rfind("042", 0) == 0) {
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
  // A sector alone may be the source only of a passive ("tués par des jihadistes"),
  // or where the sentence names the place ("In Bagdad stürmten Demonstranten ...").
  if (!Usable(*sources.front()) && !(passive && !targets.empty() && Usable(*targets.front())) &&
      (place_country.empty() || (targets.empty() && !entry.solo)))
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
    if (tgt_ptr) {
      tgt = *tgt_ptr;
      localise(src, *tgt);
      localise(*tgt, src);
      if (!src.resolved() || !tgt->resolved()) continue;
      bool same = src.Code() == tgt->Code() ||
                  (!src.country.empty() && src.country == tgt->country &&
                   (src.sector.empty() || tgt->sector.empty() || src.sector == tgt->sector));
      if (same) continue;
    } else if (src.country.empty() && src.igo.empty()) {
      // "In Tiflis demonstrierten Tausende": the place's people.
      if (place_country.empty()) continue;
      src.country = place_country;
      src.kind = UnitKind::kActor;
    }
    out->dyads.emplace_back(std::move(src), std::move(tgt));
  }
  out->code = code;
  out->symmetric = symmetric;
  if (sources[0]->pair.empty()) out->subject = *sources[0];
  return true;
}

}  // namespace dyad::coding
