#include "coding/roles.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

namespace dyad::coding {

using lex::Role;

// A sector word without a country that opens the clause of the trigger, in subject position
// ("Insurgentes raptaram ..."), or -1. Not one in the middle ("... dezenas de crianças em
// Cabo Delgado, denunciou a HRW": that clause is inverted).
static int SectorSubject(const SentenceAnalysis& a, uint32_t trigger) {
  for (int i = 0; i < static_cast<int>(a.units.size()) && a.units[i].e <= trigger; ++i) {
    if (HasRole(a, a.units[i].e, trigger, Role::kClause)) continue;  // in an earlier clause
    bool opens = i == 0 || HasRole(a, a.units[i - 1].e, a.units[i].b, Role::kClause);
    for (uint32_t t = a.units[i].e; t < trigger; ++t)
      if (a.in_trigger[t]) opens = false;  // the subject of an earlier verb
    return opens && SectorOnly(a.units[i]) ? i : -1;
  }
  return -1;
}
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
  std::span<const match::TokenKeys> keys(st.keys.data() + s.tok_begin, n);
  std::vector<uint32_t> matched = match::MatchedPositions(lang->patterns[ev.pattern], keys, ev.begin, ev.end);
  // Negation around the trigger, except a negation that is the pattern's own word ("will not accept").
  uint32_t nb = ev.begin > cfg.negation_before ? ev.begin - cfg.negation_before : 0;
  if (cfg.verb_final) {
    // A verb-final clause negates anywhere before its verb ("hat den Vertrag bis
    // heute nicht unterzeichnet"): look back to the start of the clause.
    uint32_t lo = ev.begin > cfg.actor_window ? ev.begin - cfg.actor_window : 0;
    uint32_t t = ev.begin;
    while (t > lo && !ClauseEdge(st, s, a, t - 1)) --t;
    nb = t;  // and not beyond it ("Obwohl es nicht geplant war, kritisierte Polen ...")
  }
  for (uint32_t t = nb; t < std::min(n, ev.end + cfg.negation_after); ++t)
    if ((a.roles[t] & Bit(Role::kNeg)) && std::find(matched.begin(), matched.end(), t) == matched.end()) return false;
  // A trigger right after a causal preposition names the cause of what the sentence
  // reports ("Wegen des Hackerangriffs wurde ... einbestellt"), not an event of its own.
  if (HasRole(a, ev.begin >= 2 ? ev.begin - 2 : 0, ev.begin, Role::kCause)) return false;
  std::string code = entry.code;
  uint32_t mb = ev.begin > cfg.modal_before ? ev.begin - cfg.modal_before : 0;
  // Modality before the trigger, or inside its gaps ("brengt volgende week een bezoek").
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
  int left = -1, right = -1, left_all = -1, left_sector = -1;  // left_all: also actors after a locative
  for (int i = 0; i < static_cast<int>(a.units.size()); ++i) {
    const Unit& u = a.units[i];
    if (in_trigger(u)) continue;
    if (u.b > inserted_b && u.e <= inserted_e) continue;
    // With no actor before the trigger, its subject may be a sector alone ("militants killed ...",
    // "police arrested ..."): it takes the country of the place or of the other party.
    // An actor right after a locative ("in Oekraïne begonnen", "a court in Iran") is where, not who.
    bool after_loc = HasRole(a, u.b >= 2 ? u.b - 2 : 0, u.b, Role::kLoc);
    if (u.e <= ev.begin && Usable(u)) left_all = i;
    if (u.e <= ev.begin && !after_loc && (Usable(u) || (SectorOnly(u) && (left < 0 || SectorOnly(a.units[left])))))
      left = i;
    // Civilians or police alone ("Tausende Menschen") are the subject where the sentence names the place.
    else if (SectorOnly(u) && (u.sector == "CVL" || u.sector == "COP") && !place_country.empty() && u.e <= ev.begin)
      left_sector = i;
    // The object may be a sector alone ("arrested dozens of migrants"):
    // it is the target even without a country, so nothing further right is.
    // ... but not the subject pronoun of a later clause ("..., wo er Macron trifft").
    else if ((Usable(u) || SectorOnly(u)) && u.b > ev.begin && right < 0 &&
             u.b <= ev.end + cfg.actor_window && !(u.pronoun && HasRole(a, ev.end, u.b, Role::kClause))) {
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
  // Right after the trigger. Without an auxiliary, only a bare participle takes its agent right
  // after it ("detenidos por la policía"): after an active auxiliary ("ha ritirato le truppe dalla
  // Siria") or a trigger with its object ("expresó su preocupación por"), "por"/"da" is "because
  // of"/"from"; inside a gapped trigger ("hulpgoederen naar het door ... getroffen zuiden gestuurd")
  // only with a passive auxiliary.
  bool active = HasRole(a, ev.begin > 2 ? ev.begin - 2 : 0, ev.begin, Role::kActiveAux);
  bool by_right_after = by_at != UINT32_MAX && by_at + 1 >= ev.end && by_at <= ev.end + 1;
  bool participle_agent = by_right_after && ev.end - ev.begin == 1 && !active;
  // A nominal trigger with its patient after "of" and its agent after "by": "the arrest of two
  // diplomats by Norwegian police", "l'arrestation de X par Y".
  // (Not across a comma: "salieron a las calles de Caracas, convocados por ..." is another clause.)
  bool nominal_by = by_at != UINT32_MAX && ev.end < n && (a.roles[ev.end] & Bit(Role::kOf)) && by_at <= ev.end + 6;
  for (uint32_t t = ev.end; nominal_by && t < by_at; ++t)
    if (is_comma(t)) nominal_by = false;
  if (by_at != UINT32_MAX &&
      (participle_agent || nominal_by || entry.passive || HasRole(a, ab, ev.end, Role::kPassiveAux))) {
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
  // A nominal trigger with a nationality adjective right after it or after its head word
  // ("استُشهد خمسة فلسطينيين في قصف إسرائيلي"، "بضربة إسرائيلية بطائرة مسيّرة"): the adjective
  // names who did it, like the agent of a passive.
  if (by_actor < 0 && cfg.adjective_agent) {
    for (int i = 0; i < static_cast<int>(a.units.size()); ++i)
      if ((a.units[i].b == ev.end || a.units[i].b == ev.begin + 1) && a.units[i].adjective) by_actor = i;
  }
  bool passive = by_actor >= 0;
  // The patient of a passive may be a sector alone ("Dos periodistas fueron detenidos por la
  // policía venezolana"): it is localised below like any sector without a country.
  int patient = left;
  if (passive && patient < 0)
    for (int i = 0; i < static_cast<int>(a.units.size()); ++i)
      if (SectorOnly(a.units[i]) && a.units[i].e <= ev.begin && !HasRole(a, a.units[i].e, ev.begin, Role::kClause))
        patient = i;
  // A verb coordinated with an earlier one ("criticó ... y convocó", "e ha convocato") shares
  // its subject: the actor just before the conjunction is an object, not the subject.
  std::vector<const Unit*> shared_subject;
  // (Not in verb-final languages, where the object stands before the verb.)
  if (!passive && left >= 0 && !cfg.verb_final) {
    uint32_t from = std::max(a.units[left].e, ev.begin > 2 ? ev.begin - 2 : 0);
    if (HasRole(a, from, ev.begin, Role::kConj) && !HasRole(a, a.units[left].e, ev.begin, Role::kClause)) {
      for (const Unit& u : st.clause_subjects) shared_subject.push_back(&u);
      for (int i = 0; i < left && shared_subject.empty(); ++i)
        if (Usable(a.units[i]) && a.units[i].pair.empty()) shared_subject.push_back(&a.units[i]);
    }
  }
  // An inherently passive trigger without its agent ("was arrested in Germany"):
  // the actor before it underwent the event; who did it is not said.
  if (entry.passive && !passive) return true;
  std::vector<const Unit*> sources, targets;
  bool sector_subject = false;
  auto right_list = [&](int i) {
    std::vector<const Unit*> out;
    if (a.units[i].pair.size() == 2) return std::vector<const Unit*>{&a.units[i].pair[0], &a.units[i].pair[1]};
    if (!Usable(a.units[i])) return std::vector<const Unit*>{&a.units[i]};  // a sector alone
    for (int j : Coordinated(st, s, a, i, +1)) out.push_back(&a.units[j]);
    return out;
  };
  // Antecedents of earlier events keep token positions of their own sentence: here they are
  // words of the trigger that carries them ("ودعاه": "and urged him").
  auto at_trigger = [&](const Unit& u) {
    Unit here = u;
    here.b = ev.begin;
    here.e = ev.end;
    return here;
  };
  std::optional<Unit> prior_subject, prior_object;
  if (st.last_subject) prior_subject = at_trigger(*st.last_subject);
  if (st.last_object) prior_object = at_trigger(*st.last_object);
  if (entry.object && prior_subject && prior_object && !passive && (right < 0 || a.units[right].b > ev.end)) {
    // A verb carrying its object as a pronoun, its subject unsaid ("ودعاه إلى ضبط النفس"):
    // the last event's subject did it to the last event's object.
    sources = {&*prior_subject};
    targets = {&*prior_object};
  } else if (entry.subject && prior_subject && !passive) {
    // A participle clause ("..., متهما المملكة", "..., accusing Morocco"): the subject of the
    // sentence so far did it, to the actor after the participle.
    sources = {&*prior_subject};
    if (right >= 0 && !SameParty(*prior_subject, a.units[right])) targets = right_list(right);
  } else if (passive) {
    sources = right_list(by_actor);
    if (patient >= 0) targets = Group(st, s, a, patient);
    else if (right >= 0 && right != by_actor) targets = right_list(right);  // "expulsé vers le Maroc par ..."
  } else if (!shared_subject.empty()) {
    sources = shared_subject;
    if (right >= 0) targets = right_list(right);
  } else if (left >= 0) {
    sources = Group(st, s, a, left);
    // The subject named again inside the event phrase ("announced the United States' recognition
    // of Morocco's sovereignty", "expressed Italy's support to Ukraine") is not its target: the
    // next actor of the clause is.
    if (right >= 0 && sources.size() == 1 && SameParty(*sources[0], a.units[right])) {
      int next = -1;
      for (int j = right + 1; j < static_cast<int>(a.units.size()) && next < 0; ++j) {
        const Unit& u = a.units[j];
        if (u.b > ev.end + cfg.actor_window || HasRole(a, a.units[right].e, u.b, Role::kClause)) break;
        if ((Usable(u) || SectorOnly(u)) && !in_trigger(u) && !SameParty(*sources[0], u)) next = j;
      }
      if (next >= 0) right = next;
    }
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
    // With no other object, a sector word inside the event phrase is its target
    // ("disperso i manifestanti", "dispersó a los manifestantes"), localised below.
    if (targets.empty() && !entry.solo)
      for (const Unit& u : a.units)
        if (in_trigger(u) && SectorOnly(u) && u.b > ev.begin) { targets = {&u}; break; }
  } else if (int subj = SectorSubject(a, ev.begin); subj >= 0) {
    // A subject without a country ("Homens armados sequestraram ... no Níger"): of the country
    // where it happens; with no place named, who acted is unknown and nothing is coded (the
    // object after the verb is not its subject).
    if (place_country.empty()) return true;
    sources = {&a.units[subj]};
    sector_subject = true;
    if (right >= 0) targets = right_list(right);
  } else if (right >= 0 && (cfg.verb_first || a.units[right].e <= ev.end)) {
    // Verb-first or inverted clause ("Gisteren ontmoette Macron Scholz"), or in any language the
    // argument inside a nominal trigger ("the deployment of an ECOWAS force to Niger").
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
  // (both sides sectors alone are localised to the named place: "اعتُقل أربعة أشخاص على يد عناصر ... بمدينة طنجة")
  // ("tués par des jihadistes", "rebels attacked troops in Mali").
  // An active subject that is a sector alone takes its country from the place, or, for a non-state
  // sector ("rebels", "militants"), from the other party: state organs are seldom the other side's.
  // Civilians ("personas detenidas ...") are seldom the agent of an act on a named party: not them.
  static const std::unordered_set<std::string> kNotAgentsOfOthers = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "CVL"};
  const Unit& first = *sources.front();
  if (!Usable(first) && !sector_subject &&
      !(passive && !targets.empty() && (Usable(*targets.front()) || !place_country.empty())) &&
      !(!place_country.empty() && (!targets.empty() || entry.solo)) &&
      !(!kNotAgentsOfOthers.count(first.sector) && !targets.empty() && Usable(*targets.front())))
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
      // A protest by a people against its own government ("Milhares de georgianos
      // manifestaram-se contra o governo") is not a self-event.
      if (same && code.rfind("14", 0) == 0 && !src.country_name && src.Code() != tgt->Code() && src.sector.empty() &&
          !tgt->sector.empty())
        same = false;
      if (same) continue;
    } else {
      localise(src, src);  // a solo event: the place's country, if any
      if (!src.resolved()) continue;
    }
    out->dyads.emplace_back(std::move(src), std::move(tgt));
  }
  out->code = code;
  out->symmetric = symmetric;
  // The grammatical subject, the antecedent of the next "he": in a passive, the one it happened to.
  const Unit* subject = passive && !targets.empty() ? targets[0] : sources[0];
  if (subject->pair.empty() && Usable(*subject)) out->subject = *subject;
  for (const Unit* u : sources)
    if (u->pair.empty() && u->resolved()) out->subjects.push_back(*u);
  return true;
}

}  // namespace dyad::coding
