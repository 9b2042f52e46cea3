#include "dyad/coder.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unordered_set>

#include "coding/dates.h"
#include "coding/discourse.h"
#include "coding/page.h"
#include "coding/scratch.h"
#include "extract/html.h"
#include "lexicon/model.h"
#include "text/langid.h"
#include "text/utf8.h"

namespace dyad {

using coding::DocState;
using coding::Sentence;
using coding::Unit;
using coding::UnitKind;
using lex::EntryKind;
using lex::Role;

Coder::Coder(std::shared_ptr<const Lexicon> lexicon, CoderOptions options)
    : lexicon_(std::move(lexicon)), options_(options) {}
Coder::~Coder() = default;

CoderScratchPtr Coder::NewScratch() const { return CoderScratchPtr(new CoderScratch()); }
void CoderScratchDeleter::operator()(CoderScratch* s) const { delete s; }

namespace {

int QuadClass(int root) { return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4; }

uint64_t Fnv(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
  return h;
}

void Tokenize(DocState& st, CoderScratch& sc, uint32_t b, uint32_t e, size_t max_tokens, bool title,
              coding::TokenAnalyzer& an) {
  sc.raw.clear();
  text::Tokenize(st.text.substr(b, e - b), b, &sc.raw);
  for (size_t off = 0; off < sc.raw.size(); off += max_tokens) {
    size_t end = std::min(sc.raw.size(), off + max_tokens);
    Sentence s{sc.raw[off].begin, sc.raw[end - 1].end, static_cast<uint32_t>(st.tokens.size()), 0, title};
    for (size_t i = off; i < end; ++i) {
      st.tokens.push_back(sc.raw[i]);
      st.keys.push_back(an.Keys(st.text.substr(sc.raw[i].begin, sc.raw[i].end - sc.raw[i].begin)));
    }
    s.tok_end = static_cast<uint32_t>(st.tokens.size());
    st.sentences.push_back(s);
  }
}

// DYAD_DEBUG=1 prints each sentence's units, roles and triggers to stderr.
}  // namespace

Status Coder::Code(const Document& doc, CoderScratch& sc, CodedDocument* out) const {
  *out = CodedDocument{};
  out->doc_id = doc.id;
  const lex::LexiconData& data = lexicon_->data();
  const Limits& lim = options_.limits;
  if (doc.content.size() > lim.max_document_bytes)
    return LimitExceeded("document of " + std::to_string(doc.content.size()) + " bytes exceeds the limit").At(doc.origin);
  size_t bad = text::FindInvalidUtf8(doc.content);
  if (bad != std::string::npos)
    return InvalidInput("invalid UTF-8 at byte " + std::to_string(bad)).At(doc.origin);

  // 1. Extraction: HTML -> text with an offset map back to the HTML bytes.
  extract::Extracted ex;
  std::string_view text = doc.content;
  std::string title = doc.title;
  std::string published = doc.published;
  if (doc.is_html) {
    auto r = extract::ExtractHtml(doc.content);
    if (!r.ok()) return Status(r.status()).At(doc.origin);
    ex = std::move(r).value();
    text = ex.text;
    if (title.empty()) title = ex.title;
    if (published.empty()) published = ex.published;
  }
  auto orig = [&](uint32_t pos, bool is_end) { return doc.is_html ? ex.map.ToOriginal(pos, is_end) : pos; };

  // 2. Language.
  std::string lang_code = doc.lang;
  if (lang_code.empty() && options_.identify_language) lang_code = text::IdentifyLanguage(text);
  const lex::LanguagePack* lang = data.Lang(lang_code);
  out->lang = lang_code;
  out->title = title;
  if (!lang) {
    out->notes.push_back(lang_code.empty() ? "language not identified" : "no lexicon for language '" + lang_code + "'");
    return Status::Ok();
  }
  coding::TokenAnalyzer& an = sc.Analyzer(data, *lang);
  auto fold = [&](std::string_view s) { return an.Folded(s); };

  // 3. Page layout and date.
  DocState st{data, *lang, text};
  std::vector<text::RawToken> line_toks;
  auto date_in = [&](std::string_view s) {
    line_toks.clear();
    text::Tokenize(s, 0, &line_toks);
    return coding::FindDate(s, line_toks, data.month_index, fold);
  };
  auto is_dateline = [&](std::string_view s) {
    if (date_in(s).empty()) return false;
    return std::count_if(line_toks.begin(), line_toks.end(), [](const auto& t) { return t.word; }) <= 8;
  };
  std::vector<coding::PageLine> lines = coding::LayoutPage(text, title, data.furniture_set, fold, is_dateline);
  st.date = coding::IsoDate(published);
  for (const auto& l : lines)
    if (st.date.empty() && l.kind == coding::LineKind::kDateline) st.date = date_in(text.substr(l.begin, l.end - l.begin));
  out->date = st.date;

  // 4. Sentences and tokens; 5. one matcher pass per sentence.
  std::vector<text::SentenceSpan> spans;
  int lead_sentence = -1;
  for (const auto& l : lines) {
    if (l.kind != coding::LineKind::kBody && l.kind != coding::LineKind::kTitle) continue;
    spans.clear();
    sc.splitter.Split(text, l.begin, l.end, lang->abbreviation_set, &spans);
    for (const auto& sp : spans) {
      if (st.sentences.size() >= lim.max_sentences) break;
      if (lead_sentence < 0 && l.kind == coding::LineKind::kBody) lead_sentence = static_cast<int>(st.sentences.size());
      Tokenize(st, sc, sp.begin, sp.end, lim.max_sentence_tokens, l.kind == coding::LineKind::kTitle, an);
    }
  }
  st.hits.resize(st.sentences.size());
  for (size_t i = 0; i < st.sentences.size(); ++i) {
    const Sentence& s = st.sentences[i];
    std::span<const match::TokenKeys> keys(st.keys.data() + s.tok_begin, s.tok_end - s.tok_begin);
    match::FindAll(*lang, keys, lim.max_matches_per_sentence, &st.hits[i]);
    for (const auto& h : st.hits[i]) {
      const lex::Pattern& p = lang->patterns[h.pattern];
      if (p.kind == EntryKind::kPerson && !lang->person_aliases[p.payload].weak)
        st.persons_named.insert(lang->person_aliases[p.payload].person);
      if (p.kind == EntryKind::kCountry) st.countries.push_back(lang->countries[p.payload].iso3);
    }
  }
  out->sentences = st.sentences.size();
  out->tokens = st.tokens.size();

  // 6. Coding, sentence by sentence, with the discourse carried along.
  static const bool debug = std::getenv("DYAD_DEBUG") != nullptr;
  std::optional<Location> doc_place, last_place;  // dateline place; the last place named so far
  std::unordered_set<std::string> actors_seen;
  std::vector<std::pair<std::string, size_t>> merged;  // key -> index in out->events
  auto make_location = [&](const Sentence& s, const Unit& u) {
    Location loc;
    loc.span = {orig(st.tokens[s.tok_begin + u.b].begin, false), orig(st.tokens[s.tok_begin + u.e - 1].end, true)};
    loc.name = std::string(text.substr(st.tokens[s.tok_begin + u.b].begin,
                                       st.tokens[s.tok_begin + u.e - 1].end - st.tokens[s.tok_begin + u.b].begin));
    loc.country = u.country;
    loc.precision = "city";
    auto it = data.capital_index.find(u.country);
    if (it != data.capital_index.end()) {
      const lex::Capital& c = data.capitals[it->second];
      loc.canonical = c.name;
      loc.lat = c.lat;
      loc.lon = c.lon;
      loc.geonames_id = c.geonames_id;
    }
    return loc;
  };

  for (size_t si = 0; si < st.sentences.size(); ++si) {
    const Sentence& s = st.sentences[si];
    coding::SentenceAnalysis a = Analyse(st, si);
    MarkPlaces(st, s, a, static_cast<int>(si) == lead_sentence);
    Compose(st, s, a);
    Resolve(st, a);
    if (debug) DebugSentence(st, s, a);
    std::optional<Location> sentence_place, dateline_place;
    for (const Unit& u : a.units) {
      if (u.kind == UnitKind::kPlace && u.dateline && !dateline_place) dateline_place = make_location(s, u);
      if (u.kind == UnitKind::kPlace && !u.dateline && !sentence_place) sentence_place = make_location(s, u);
      if (u.kind != UnitKind::kActor || !u.pair.empty() || !u.resolved()) continue;
      Actor act = MakeActor(st, s, u);
      std::string key = act.name.empty() ? act.code : act.name;
      if (actors_seen.insert(key).second) {
        act.span = {orig(act.span.begin, false), orig(act.span.end, true)};
        out->actors.push_back(std::move(act));
      }
    }
    if (!doc_place && static_cast<int>(si) <= lead_sentence + 2) doc_place = dateline_place ? dateline_place : sentence_place;
    // Events in later sentences happened where the text last said things happen.
    std::optional<Location> place_after = sentence_place ? sentence_place : last_place;

    const lex::Settings& cfg = lang->settings;
    uint32_t n = s.tok_end - s.tok_begin;
    bool subject_set = false;
    // After an appeal, agreement, demand, criticism, rejection or threat, what
    // follows in the sentence is its content ("refused to receive", "urged X to
    // release", "condemned the attack"), not an event of its own.
    bool content_follows = false;
    for (const match::Hit& ev : a.events) {
      const lex::EventEntry& entry = lang->events[lang->patterns[ev.pattern].payload];
      // What follows "agreed to" / "kwamen overeen" is the content of the
      // agreement, not an event of its own.
      int entry_root = std::stoi(entry.code.substr(0, 2));
      if (content_follows && entry_root != 1) continue;
      uint32_t nb = ev.begin > cfg.negation_before ? ev.begin - cfg.negation_before : 0;
      if (HasRole(a, nb, std::min(n, ev.end + cfg.negation_after), Role::kNeg)) continue;
      std::string code = entry.code;
      uint32_t mb = ev.begin > cfg.modal_before ? ev.begin - cfg.modal_before : 0;
      // Modality before the trigger, or inside its gaps ("brengt volgende week een bezoek").
      std::span<const match::TokenKeys> keys(st.keys.data() + s.tok_begin, n);
      std::vector<uint32_t> matched = match::MatchedPositions(lang->patterns[ev.pattern], keys, ev.begin, ev.end);
      bool modal_in_gap = false;
      for (uint32_t t = ev.begin; t < ev.end; ++t)
        if ((a.roles[t] & coding::Bit(Role::kModal)) && std::find(matched.begin(), matched.end(), t) == matched.end())
          modal_in_gap = true;
      if (HasRole(a, mb, ev.begin, Role::kModal) || modal_in_gap) {
        auto it = data.intent_index.find(code.substr(0, 2));
        if (it == data.intent_index.end()) continue;
        code = it->second;
      } else {
        for (const auto& r : a.refines) {
          const lex::RefineEntry& re = lang->refines[lang->patterns[r.pattern].payload];
          if (re.base == code && r.begin >= ev.begin) { code = re.refined; break; }
        }
      }

      static const std::unordered_set<std::string> kContentRoots = {"02", "03", "10", "11", "12", "13"};
      struct SetAfter {
        bool* flag;
        bool value;
        ~SetAfter() { *flag = *flag || value; }
      } set_content{&content_follows, kContentRoots.count(code.substr(0, 2)) > 0};

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
        if (a.roles[t] & coding::Bit(Role::kPassiveBy)) { by_at = t; break; }
      uint32_t ab = ev.begin > 6 ? ev.begin - 6 : 0;
      if (by_at != UINT32_MAX && (by_at <= ev.end + 1 || entry.passive || HasRole(a, ab, ev.end, Role::kPassiveAux))) {
        for (int i = 0; i < static_cast<int>(a.units.size()); ++i) {
          const Unit& u = a.units[i];
          if (u.b > by_at && u.b <= by_at + 4 && !in_trigger(u) && (Usable(u) || SectorOnly(u))) { by_actor = i; break; }
        }
      }
      bool passive = by_actor >= 0;
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
        } else if (sources.size() == 1 && !entry.solo) {
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
      if (sources.empty()) continue;
      // A sector alone may be the source only of a passive ("tués par des jihadistes").
      if (!Usable(*sources.front()) && !(passive && !targets.empty() && Usable(*targets.front()))) continue;
      if (entry.group && sources.size() < 2) continue;  // "X and Y discussed", not "X discussed Mali"
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
      for (auto [src_ptr, tgt_ptr] : dyads) {
        if (!tgt_ptr && !entry.solo) continue;
        // A sector without a country ("police", "smugglers", "migrants") is of
        // the country where this happens, else of the other party's country.
        Unit src_copy = *src_ptr, tgt_copy = tgt_ptr ? *tgt_ptr : Unit{};
        auto localise = [&](Unit& u, const Unit& other) {
          if (!u.country.empty() || !u.igo.empty()) return;
          u.country = sentence_place ? sentence_place->country : other.country;
          u.kind = UnitKind::kActor;
        };
        if (tgt_ptr) {
          localise(src_copy, tgt_copy);
          localise(tgt_copy, src_copy);
          if (!src_copy.resolved() || !tgt_copy.resolved()) continue;
        }
        const Unit* src = &src_copy;
        const Unit* tgt = tgt_ptr ? &tgt_copy : nullptr;
        if (tgt && (src->Code() == tgt->Code() ||
                    (!src->country.empty() && src->country == tgt->country &&
                     (src->sector.empty() || tgt->sector.empty() || src->sector == tgt->sector))))
          continue;
        if (out->events.size() >= lim.max_events_per_document) break;
        const Unit& src_unit = *src;
        Event e;
        e.doc_id = doc.id;
        e.date = st.date;
        e.date_precision = st.date.empty() ? "unknown" : "day";
        auto actor_of = [&](const Unit& u) { return MakeActor(st, s, u); };
        e.source = actor_of(src_unit);
        if (tgt) e.target = actor_of(*tgt);
        e.cameo = code;
        e.root = code.substr(0, 2);
        int root = std::stoi(e.root);
        e.quad_class = QuadClass(root);
        auto ci = data.cameo_index.find(code);
        if (ci != data.cameo_index.end()) {
          const lex::CameoCode& cc = data.cameo[ci->second];
          e.goldstein = cc.goldstein;
          e.plover_type = cc.plover_type;
          e.plover_mode = cc.plover_mode;
        }
        e.symmetric = symmetric;
        e.lang = lang->code;
        e.sentence_index = static_cast<int>(si);
        e.sentence = {s.begin, s.end};
        e.trigger = {st.tokens[s.tok_begin + ev.begin].begin, st.tokens[s.tok_begin + ev.end - 1].end};
        uint32_t eb = std::min({e.trigger.begin, e.source.span.begin, e.target ? e.target->span.begin : e.trigger.begin});
        uint32_t ee = std::max({e.trigger.end, e.source.span.end, e.target ? e.target->span.end : e.trigger.end});
        e.evidence = {eb, ee};
        // Offsets so far are in the coded text; map them to the original bytes.
        auto map_span = [&](Span& sp) { sp = {orig(sp.begin, false), orig(sp.end, true)}; };
        map_span(e.sentence);
        map_span(e.trigger);
        map_span(e.evidence);
        map_span(e.source.span);
        if (e.target) map_span(e.target->span);
        e.evidence_text = doc.content.substr(e.evidence.begin, e.evidence.end - e.evidence.begin);
        e.sentence_text = doc.content.substr(e.sentence.begin, e.sentence.end - e.sentence.begin);
        if (sentence_place) e.location = sentence_place;
        else if (last_place) e.location = last_place;
        std::string a_code = e.source.code, b_code = e.target ? e.target->code : "";
        if (symmetric && b_code < a_code) std::swap(a_code, b_code);
        std::string key = code + "|" + a_code + "|" + b_code;
        {
          char buf[20];
          std::snprintf(buf, sizeof buf, "%016llx",
                        static_cast<unsigned long long>(Fnv(doc.id + "|" + key + "|" + std::to_string(e.evidence.begin))));
          e.event_id = buf;
        }
        auto m = std::find_if(merged.begin(), merged.end(), [&](const auto& p) { return p.first == key; });
        if (options_.merge_repeats && m != merged.end()) {
          out->events[m->second].mentions++;
          continue;
        }
        merged.emplace_back(key, out->events.size());
        out->events.push_back(std::move(e));
      }

      if (!sources.empty() && sources[0]->pair.empty()) {
        st.last_subject = *sources[0];
        subject_set = true;
      }
    }
    for (const Unit& u : a.units) {
      if (u.kind != UnitKind::kActor) continue;
      if (u.pair.empty()) Remember(st, u);
      // Without an event, the sentence's first actor is still its likely subject
      // and the antecedent of the next "he".
      if (!subject_set && u.pair.empty() && u.resolved()) {
        st.last_subject = u;
        subject_set = true;
      }
    }
    last_place = place_after;
  }
  // Events without a place of their own take the dateline / lead place.
  for (Event& e : out->events)
    if (!e.location && doc_place) e.location = doc_place;
  out->place = doc_place;
  return Status::Ok();
}

}  // namespace dyad
