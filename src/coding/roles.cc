#include "coding/roles.h"

#include <algorithm>
#include <unordered_set>

namespace dyad::coding {

using lex::Role;

namespace {
// Two mentions of one party: the same code, or one country with at most one sector named.
bool SameParty(const Unit& x, const Unit& y) {
  if (!Usable(y) || x.pair.size() || y.pair.size()) return false;
  if (!x.igo.empty() || !y.igo.empty()) return x.igo == y.igo;
  return !x.country.empty() && x.country == y.country &&
         (x.sector.empty() || y.sector.empty() || x.sector == y.sector);
}
}  // namespace

bool CodeTrigger(const DocState& st, const Sentence& s, const SentenceAnalysis& a, const match::Hit& ev,
                 const std::string& place_country, CodedTrigger* out) {
  const lex::LanguagePack* lang = &st.lang;
  const lex::LexiconData& data = st.data;
  const lex::EventEntry& entry = lang->events[lang->patterns[ev.pattern].payload];
  const lex::Settings& cfg = lang->settings;
  uint32_t n = s.tok_end - s.tok_begin;
  *out = CodedTrigger{};
  uint32_t nb = ev.begin > cfg.negation_before ? ev.begin - cfg.negation_before : 0;
  if (HasRole(a, nb, std::min(n, ev.end + cfg.negation_after), Role::kNeg)) return false;
  std::string code = entry.code;
  uint32_t mb = ev.begin > cfg.modal_before ? ev.begin - cfg.modal_before : 0;
  // Modality before the trigger, or inside its gaps ("brengt volgende week een bezoek").
  std::span<const match::TokenKeys> keys(st.keys.data() + s.tok_begin, n);
  std::vector<uint32_t> matched = match::MatchedPositions(lang->patterns[ev.pattern], keys, ev.begin, ev.end);
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
  // A denial's content did not happen either ("denied that the president met ...").
  out->introduces_content = kContentRoots.count(code.substr(0, 2)) > 0 || code.rfind("016", 0) == 0;
  out->code = code;

  // Roles: left and right actors of the trigger.
  // Units made only of the trigger's own words ("recalled its ambassador")
  // are part of the event phrase; units in its gaps are its arguments.
  auto in_trigger = [&](const Unit& u) {
    for (uint32_t t = u.b; t < u.e; ++t)
      if (std::find(matched.begin(), matched.end(), t) == matched.end()) return false;
    return true;
  };
  int left = -1, right = -1;
  for (int i = 0; i < static_cast<int>(a.units.size()); ++i) {
    const Unit& u = a.units[i];
    if (in_trigger(u)) continue;
    if (Usable(u) && u.e <= ev.begin) left = i;
    // The object may be a sector alone ("arrested dozens of migrants"):
    // it is the target even without a country, so nothing further right is.
    else if ((Usable(u) || SectorOnly(u)) && u.b > ev.begin && right < 0 &&
             u.b <= ev.end + cfg.actor_window)
      right = i;
  }
  // Passive: an agent phrase ("door", "by", "par") after the trigger, right
  // after it or with a passive auxiliary shortly before it; the actor just
  // after that word is the source.
  int by_actor = -1;
  uint32_t by_at = UINT32_MAX;
  for (uint32_t t = ev.begin + 1; t < std::min(n, ev.end + 8); ++t)
    if (a.roles[t] & Bit(Role::kPassiveBy)) { by_at = t; break; }
  uint32_t ab = ev.begin > 6 ? ev.begin - 6 : 0;
  if (by_at != UINT32_MAX && (by_at <= ev.end + 1 || entry.passive || HasRole(a, ab, ev.end, Role::kPassiveAux))) {
    for (int i = 0; i < static_cast<int>(a.units.size()); ++i) {
      const Unit& u = a.units[i];
      if (u.b > by_at && u.b <= by_at + 4 && !in_trigger(u) && (Usable(u) || SectorOnly(u))) { by_actor = i; break; }
    }
  }
  // A nominal trigger with a nationality adjective right after it or after its head word
  // ("استُشهد خمسة فلسطينيين في قصف إسرائيلي"، "بضربة إسرائيلية بطائرة مسيّرة"): the adjective
  // names who did it, like the agent of a passive.
  if (by_actor < 0 && cfg.adjective_agent) {
    for (int i = 0; i < static_cast<int>(a.units.size()); ++i)
      if ((a.units[i].b == ev.end || a.units[i].b == ev.begin + 1) && a.units[i].adjective) by_actor = i;
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
  if (entry.object && st.last_subject && st.last_object && !passive &&
      (right < 0 || a.units[right].b > ev.end)) {
    // A verb carrying its object as a pronoun, its subject unsaid ("ودعاه إلى ضبط النفس"):
    // the last event's subject did it to the last event's object.
    sources = {&*st.last_subject};
    targets = {&*st.last_object};
  } else if (entry.subject && st.last_subject && !passive) {
    // A participle clause ("..., متهما المملكة", "..., accusing Morocco"): the subject of the
    // sentence so far did it, to the actor after the participle.
    sources = {&*st.last_subject};
    if (right >= 0 && !SameParty(*st.last_subject, a.units[right])) targets = right_list(right);
  } else if (passive) {
    sources = right_list(by_actor);
    if (left >= 0) targets = Group(st, s, a, left);
    else if (right >= 0 && right != by_actor) targets = right_list(right);  // "expulsé vers le Maroc par ..."
  } else if (left >= 0) {
    sources = Group(st, s, a, left);
    // The subject named again inside the event phrase ("announced the United States' recognition
    // of Morocco's sovereignty") is not its target: the next actor is.
    if (right >= 0 && sources.size() == 1 && SameParty(*sources[0], a.units[right])) {
      int next = -1;
      for (int i = right + 1; i < static_cast<int>(a.units.size()) && next < 0; ++i)
        if ((Usable(a.units[i]) || SectorOnly(a.units[i])) && !in_trigger(a.units[i]) &&
            a.units[i].b <= ev.end + cfg.actor_window)
          next = i;
      if (next >= 0) right = next;
    }
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
    // Verb, subject, object ("اعتقلت الشرطة المغربية صحفيين"، "أطلقت جماعة الحوثي سراح 153 أسيرا"):
    // with the subject right after the verb, the object may be a sector alone.
    bool vso = (a.units[right].b >= ev.end && a.units[right].b <= ev.end + 1) || a.units[right].b == ev.begin + 1;
    for (int i = last + 1; i < static_cast<int>(a.units.size()) && targets.empty(); ++i)
      if ((Usable(a.units[i]) ||
           (vso && SectorOnly(a.units[i]) && a.units[i].sector != sources[0]->sector)) &&  // not "العاهل الأردني الملك"
          !in_trigger(a.units[i]) && !SameParty(*sources[0], a.units[i]) &&  // "الأمين العام ... غوتيريش"
          a.units[i].b <= ev.end + cfg.actor_window)
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
  // A sector alone may be the source only of a passive ("tués par des jihadistes"), or of a
  // protest or statement in a named place ("تظاهر مئات الأشخاص ... في بغداد"), whose country it takes.
  // Both sides sectors alone are localised to the named place ("اعتُقل أربعة أشخاص على يد عناصر
  // المكتب المركزي ... بمدينة طنجة").
  if (!Usable(*sources.front()) &&
      !(passive && !targets.empty() && (Usable(*targets.front()) || !place_country.empty())) &&
      !(entry.solo && !place_country.empty()))
    return true;
  if (entry.group && sources.size() < 2) return true;  // "X and Y discussed", not "X discussed Mali"
  if (targets.size() == 1 && targets[0]->pair.size() == 2 && sources.size() == 1) targets.clear();

  std::vector<std::pair<const Unit*, const Unit*>> dyads;
  bool symmetric = entry.sym;
  if (sources.size() >= 2 && entry.sym) {
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
    } else {
      localise(src, src);  // a solo event: the place's country, if any
      if (!src.resolved()) continue;
    }
    out->dyads.emplace_back(std::move(src), std::move(tgt));
  }
  out->code = code;
  out->symmetric = symmetric;
  if (sources[0]->pair.empty()) out->subject = *sources[0];
  return true;
}

}  // namespace dyad::coding
