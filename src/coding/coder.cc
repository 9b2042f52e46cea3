#include "dyad/coder.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <unordered_set>

#include "coding/country_place.h"
#include "coding/dates.h"
#include "coding/discourse.h"
#include "coding/roles.h"
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
  std::optional<Span> dateline_span;  // in the coded text
  for (const auto& l : lines) {
    if (!st.date.empty() || l.kind != coding::LineKind::kDateline) continue;
    st.date = date_in(text.substr(l.begin, l.end - l.begin));
    if (!st.date.empty()) dateline_span = Span{l.begin, l.end};
  }
  if (st.date.empty()) st.date = coding::IsoDate(doc.crawled);  // last resort: when it was fetched
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
  st.place_hits.resize(st.sentences.size());
  std::vector<bool> upper;
  for (size_t i = 0; i < st.sentences.size(); ++i) {
    const Sentence& s = st.sentences[i];
    std::span<const match::TokenKeys> keys(st.keys.data() + s.tok_begin, s.tok_end - s.tok_begin);
    match::FindAll(*lang, keys, lim.max_matches_per_sentence, &st.hits[i]);
    // Place names start with a capital letter (Latin script) or a letter without case (Arabic).
    upper.assign(keys.size(), false);
    for (size_t t = 0; t < keys.size(); ++t) {
      const text::RawToken& rt = st.tokens[s.tok_begin + t];
      upper[t] = rt.upper || (rt.word && static_cast<unsigned char>(text[rt.begin]) >= 0xD8);
    }
    match::FindAll(data.gazetteer, keys, lim.max_matches_per_sentence, &st.place_hits[i], &upper);
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
  std::optional<Location> doc_place, lead_place, last_place;  // dateline place; the lead's; the last named so far
  // A place carried to another sentence's event needs an actor there of an event that took it
  // ("Police arrested X in Quito. Hours later Mexico broke off relations": not in Quito).
  // No such events (the place of a sentence without events): any actor.
  // Actors compare by country and sector, a bare country being its government: the French
  // national arrested in Tangier does not take France's government there.
  std::vector<std::string> here_actors, last_actors, lead_actors;
  auto Key = [](const Actor& a) {
    if (a.country.empty()) return a.code;
    return a.country + "|" + (a.sector.empty() ? std::string("GOV") : a.sector);
  };
  auto Shares = [&](const std::vector<std::string>& actors, const Event& e) {
    return actors.empty() || std::find(actors.begin(), actors.end(), Key(e.source)) != actors.end();
  };
  std::unordered_set<std::string> actors_seen;
  std::vector<std::pair<std::string, size_t>> merged;  // key -> index in out->events
  std::vector<size_t> off_place;  // events that left their sentence's place as another act's (ascending)
  std::vector<size_t> own_scene;  // events dated by their own time, not the story's (ascending)
  auto make_location = [&](const Sentence& s, const Unit& u) {
    Location loc;
    loc.span = {orig(st.tokens[s.tok_begin + u.b].begin, false), orig(st.tokens[s.tok_begin + u.e - 1].end, true)};
    loc.name = std::string(text.substr(st.tokens[s.tok_begin + u.b].begin,
                                       st.tokens[s.tok_begin + u.e - 1].end - st.tokens[s.tok_begin + u.b].begin));
    loc.country = u.country;
    loc.precision = "city";
    if (u.place_alias >= 0) {
      // Of the places a name can mean: one in a country the document names, else the
      // largest, else the one of higher rank (a capital before a district: "London").
      auto rank = [](const std::string& f) { return f == "PPLC" ? 0 : f == "PPLA" ? 1 : f == "PPL" ? 2 : 3; };
      const lex::Place* best = nullptr;
      int best_mentions = -1;
      for (uint32_t pid : data.place_aliases[u.place_alias].places) {
        const lex::Place& p = data.places[pid];
        if (!coding::PlaceFits(st, p)) continue;
        int mentions = static_cast<int>(std::count(st.countries.begin(), st.countries.end(), p.country));
        if (!best || mentions > best_mentions || (mentions == best_mentions && p.population > best->population) ||
            (mentions == best_mentions && p.population == best->population && rank(p.feature) < rank(best->feature))) {
          best = &p;
          best_mentions = mentions;
        }
      }
      if (best) {
        loc.canonical = best->name;
        loc.country = best->country;
        loc.admin1 = best->admin1;
        loc.lat = best->lat;
        loc.lon = best->lon;
        loc.geonames_id = best->geonames_id;
      }
      return loc;
    }
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

  size_t cur_index = 0;  // the sentence being coded
  // A material act's country when no town is named (coding/country_place.h), with its span.
  auto CountryPlace = [&](const Sentence& s, const coding::SentenceAnalysis& a, const std::string& root,
                          const match::Hit& ev, const std::array<std::string, 2>& sides) -> std::optional<Location> {
    auto hit = coding::FindCountryPlace(st, data, *lang, cur_index, s, a, root, ev, sides);
    if (!hit) return std::nullopt;
    const text::RawToken& first = st.tokens[s.tok_begin + hit->b];
    const text::RawToken& last = st.tokens[s.tok_begin + hit->e - 1];
    Location loc;
    loc.span = {orig(first.begin, false), orig(last.end, true)};
    loc.name = std::string(text.substr(first.begin, last.end - first.begin));
    loc.country = hit->country;
    loc.precision = "country";
    return loc;
  };

  auto CommaBetween = [&](const Sentence& s, uint32_t from, uint32_t to) {
    for (uint32_t t = from; t < to; ++t) {
      const text::RawToken& rt = st.tokens[s.tok_begin + t];
      std::string_view tok = text.substr(rt.begin, rt.end - rt.begin);
      if (tok == "," || tok == "\u060C") return true;
    }
    return false;
  };
  // A place or time shortly after another trigger of another root, not coordinated with `ev` and
  // with no comma between, is that act's: "after the attack in Brussels", "exigió la liberación
  // del gendarme, detenido en Caracas desde hace tres semanas".
  auto OwnedByOther = [&](const Sentence& s, const coding::SentenceAnalysis& a, const match::Hit& ev,
                          std::string_view root, uint32_t at) {
    if (at < ev.end) return false;
    for (const match::Hit& o : a.events) {
      if (o.begin < ev.end || o.end > at || at - o.end > 6) continue;
      // coordinated with this one: "arrested and expelled ... in Z" (no other trigger between)
      bool between = std::any_of(a.events.begin(), a.events.end(),
                                 [&](const match::Hit& m) { return m.begin >= ev.end && m.end <= o.begin; });
      if (!between && coding::HasRole(a, ev.end, o.begin, Role::kConj)) continue;
      if (std::string_view(lang->events[lang->patterns[o.pattern].payload].code).substr(0, 2) == root) continue;
      if (!CommaBetween(s, o.end, at)) return true;
    }
    return false;
  };
  // A trigger word in the synthetic future ("se rendra", "visitará"): a plan.
  auto FutureTense = [&](const Sentence& s, const match::Hit& h) {
    if (lang->future_endings.empty()) return false;
    for (uint32_t t = h.begin; t < h.end; ++t) {
      const text::RawToken& rt = st.tokens[s.tok_begin + t];
      if (!rt.word || rt.upper || rt.end - rt.begin < 5) continue;
      std::string w = fold(text.substr(rt.begin, rt.end - rt.begin));
      for (const std::string& end : lang->future_endings)
        if (w.size() > end.size() + 2 && w.compare(w.size() - end.size(), end.size(), end) == 0) return true;
    }
    return false;
  };

  // "the coup of last week", "le sommet de la semaine dernière": a time after "of" dates a
  // noun (a background event), not the sentence's events.
  auto OfNoun = [](const coding::SentenceAnalysis& a, const match::Hit& h) {
    return h.begin > 0 && (a.roles[h.begin - 1] & coding::Bit(Role::kOf));
  };

  // The time a phrase names, from the publication date; the story keeps the last
  // past one for the events of later sentences that name none ("Later, he ...").
  struct When { std::string date, precision; Span evidence; };
  std::optional<When> last_when;
  const Sentence* cur = nullptr;
  // Phrase (and future flag) -> resolved date and precision, per document: phrases repeat.
  std::vector<std::tuple<uint32_t, std::string, std::string>> resolved;
  auto ResolveWhen = [&](const match::Hit& h, bool future) -> std::optional<When> {
    uint32_t payload = lang->patterns[h.pattern].payload;
    const lex::DayEntry& day = lang->days[payload];
    int month = day.month;
    for (uint32_t t = h.begin; month < 0 && t < h.end; ++t) {  // "in March": which month
      const text::RawToken& rt = st.tokens[cur->tok_begin + t];
      auto m = data.month_index.find(fold(text.substr(rt.begin, rt.end - rt.begin)));
      if (m != data.month_index.end()) month = static_cast<int>(m->second);
    }
    if (month < 0) return std::nullopt;
    uint32_t key = (payload * 13 + static_cast<uint32_t>(month)) * 2 + (future ? 1 : 0);
    When w;
    auto hit = std::find_if(resolved.begin(), resolved.end(), [&](const auto& r) { return std::get<0>(r) == key; });
    if (hit != resolved.end()) {
      w.date = std::get<1>(*hit);
      w.precision = std::get<2>(*hit);
    } else {
      w.date = coding::ResolvePeriod(st.date, static_cast<int>(day.unit), day.offset, day.weekday, month, future,
                                     &w.precision);
      resolved.emplace_back(key, w.date, w.precision);
    }
    if (w.date.empty()) return std::nullopt;
    uint32_t end = h.end;
    // "en septembre 2021", "in March 2023": a named month with its year is in that year.
    if (day.month < 0 && cur->tok_begin + h.end < cur->tok_end) {
      const text::RawToken& rt = st.tokens[cur->tok_begin + h.end];
      std::string_view y = text.substr(rt.begin, rt.end - rt.begin);
      if (y.size() == 4 && std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
          (y[0] == '1' || y[0] == '2')) {
        w.date = std::string(y) + w.date.substr(4);
        end = h.end + 1;
      }
    }
    w.evidence = Span{st.tokens[cur->tok_begin + h.begin].begin, st.tokens[cur->tok_begin + end - 1].end};
    return w;
  };

  for (size_t si = 0; si < st.sentences.size(); ++si) {
    const Sentence& s = st.sentences[si];
    cur = &s;
    cur_index = si;
    coding::SentenceAnalysis a = Analyse(st, si);
    MarkPlaces(st, s, a, static_cast<int>(si) == lead_sentence);
    Compose(st, s, a);
    Resolve(st, a);
    if (debug) DebugSentence(st, s, a);
    std::optional<Location> sentence_place, dateline_place;
    std::pair<uint32_t, uint32_t> place_tokens{0, 0};  // sentence_place's tokens in the sentence
    for (const Unit& u : a.units) {
      if (u.kind == UnitKind::kPlace && u.dateline && !dateline_place) dateline_place = make_location(s, u);
      if ((u.kind == UnitKind::kPlace || u.struck) && !u.dateline && !u.post && !sentence_place) {
        sentence_place = make_location(s, u);
        place_tokens = {u.b, u.e};
      }
      if (u.kind != UnitKind::kActor || !u.pair.empty() || !u.resolved()) continue;
      Actor act = MakeActor(st, s, u);
      std::string key = act.name.empty() ? act.code : act.name;
      if (actors_seen.insert(key).second) {
        act.span = {orig(act.span.begin, false), orig(act.span.end, true)};
        out->actors.push_back(std::move(act));
      }
    }
    // The document's place: its dateline, else the lead sentence's place.
    if (!doc_place && static_cast<int>(si) <= lead_sentence + 2 && dateline_place) doc_place = dateline_place;
    // Events in later sentences happened where the text last said things happen.
    std::optional<Location> place_after = sentence_place ? sentence_place : last_place;

    // The country where the sentence's events happen: its place, else a country
    // named after a locative ("in northern Burkina Faso").
    std::string place_country = sentence_place ? sentence_place->country : "";
    for (const Unit& u : a.units) {
      if (!place_country.empty()) break;
      if (u.kind != UnitKind::kActor || !u.country_name || u.capital || u.b == 0) continue;
      if (coding::HasRole(a, u.b > 2 ? u.b - 2 : 0, u.b, Role::kLoc)) place_country = u.country;
    }
    bool subject_set = false;
    st.clause_subjects.clear();
    int events_here = 0, plans_here = 0;  // events coded in this sentence; plans among them
    bool place_used = false;        // an event here took sentence_place
    here_actors.clear();            // the countries of the events that took it
    bool place_background = false;  // an event here left it as another trigger's
    bool new_scene = false;  // an event here is dated otherwise than the story so far
    // After an appeal, agreement, demand, criticism, rejection or threat, what
    // follows in the sentence is its content ("refused to receive", "urged X to
    // release", "condemned the attack"), not an event of its own.
    bool content_follows = false;
    for (const match::Hit& ev : a.events) {
      const lex::EventEntry& entry = lang->events[lang->patterns[ev.pattern].payload];
      if (content_follows && entry.code.substr(0, 2) != "01") continue;
      coding::CodedTrigger coded;
      if (!coding::CodeTrigger(st, s, a, ev, place_country, &coded)) continue;
      content_follows = content_follows || coded.introduces_content;
      const std::string& code = coded.code;
      bool symmetric = coded.symmetric;
      for (auto& [src_unit, tgt] : coded.dyads) {
        if (out->events.size() >= lim.max_events_per_document) break;
        Event e;
        e.doc_id = doc.id;
        e.date = st.date;
        e.date_precision = st.date.empty() ? "unknown" : "day";
        if (dateline_span) e.date_evidence = *dateline_span;
        // A time named in the sentence ("yesterday", "lundi", "last week", "in March"),
        // nearest to the trigger; else the one the story last set (When below).
        bool plan = coded.intended || FutureTense(s, ev);
        bool future = plan;
        if (!st.date.empty()) {
          const match::Hit* best = nullptr;
          auto dist = [&](const match::Hit& h) { return h.begin >= ev.end ? h.begin - ev.end : ev.begin >= h.end ? ev.begin - h.end : 0; };
          for (const auto& h : a.days)
            if (!OfNoun(a, h) && !OwnedByOther(s, a, ev, code.substr(0, 2), h.begin) && (!best || dist(h) < dist(*best)))
              best = &h;
          std::optional<When> own;
          if (best) own = ResolveWhen(*best, plan);
          // A plan is dated when it was announced, not on the day ("Sunday") or
          // period ("this month", "next week") it is for.
          // An event at a time after publication has not happened yet: a plan too.
          future = plan || (own && own->date > st.date);
          if (own && !future && !(plan && own->precision != "day")) {
            // Another time than the story's so far starts a new scene: its place is not carried.
            if (!last_when || last_when->date != own->date) new_scene = true;
            e.date = own->date;
            e.date_precision = own->precision;
            e.date_evidence = own->evidence;
          } else if (last_when) {
            e.date = last_when->date;
            e.date_precision = last_when->precision;
            e.date_evidence = last_when->evidence;
          }
        }
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
        // A pattern may end at its clause's punctuation ("... getroffen."): the trigger is its words.
        uint32_t te = ev.end;
        while (te > ev.begin + 1) {
          const text::RawToken& last = st.tokens[s.tok_begin + te - 1];
          if (last.end != last.begin + 1 || !std::ispunct(static_cast<unsigned char>(st.text[last.begin]))) break;
          --te;
        }
        e.trigger = {st.tokens[s.tok_begin + ev.begin].begin, st.tokens[s.tok_begin + te - 1].end};
        uint32_t eb = std::min({e.trigger.begin, e.source.span.begin, e.target ? e.target->span.begin : e.trigger.begin});
        uint32_t ee = std::max({e.trigger.end, e.source.span.end, e.target ? e.target->span.end : e.trigger.end});
        e.evidence = {eb, ee};
        // Offsets so far are in the coded text; map them to the original bytes.
        auto map_span = [&](Span& sp) { sp = {orig(sp.begin, false), orig(sp.end, true)}; };
        map_span(e.sentence);
        map_span(e.trigger);
        map_span(e.evidence);
        map_span(e.source.span);
        if (e.date_evidence) map_span(*e.date_evidence);
        if (e.target) map_span(e.target->span);
        e.evidence_text = doc.content.substr(e.evidence.begin, e.evidence.end - e.evidence.begin);
        e.sentence_text = doc.content.substr(e.sentence.begin, e.sentence.end - e.sentence.begin);
        // A plan's destination ("will travel to Rabat next week") is not where anything happened.
        ++events_here;
        if (future) ++plans_here;
        // A place across a relative or subordinate clause from the trigger is background
        // ("the raid that destroyed the consulate in Damascus").
        // Not a "where" shortly after the place ("reiste nach Warschau weiter, wo er empfangen
        // wurde"), unless the event is an intent: there the place is the plan's destination.
        bool place_across_clause = false, clause_on_trigger = false;
        if (sentence_place) {
          uint32_t from = std::min(ev.end, place_tokens.second), to = std::max(ev.begin, place_tokens.first);
          for (uint32_t t = from; t < to && t < a.roles.size(); ++t) {
            bool where = (a.roles[t] & coding::Bit(Role::kWhere)) && place_tokens.second <= t &&
                         t <= place_tokens.second + 4 && e.root != "03";
            if ((a.roles[t] & coding::Bit(Role::kClause)) && !where) {
              place_across_clause = true;
              // a relative clause on a trigger noun ("the raid that destroyed ... in Damascus")
              for (const match::Hit& o : a.events) clause_on_trigger = clause_on_trigger || o.end == t;
            }
          }
        }
        // A place after another trigger that is not coordinated with this one is that one's
        // ("condoleances after the attack in Brussels", "exigió la liberación del gendarme,
        // detenido en Caracas"): background.
        // Not another word for the same act ("tués dans une embuscade ... dans la région de Mopti"),
        // nor a place some way after it, past a comma.
        bool place_of_other = sentence_place && OwnedByOther(s, a, ev, e.root, place_tokens.first);
        bool off = place_of_other || clause_on_trigger;
        place_background = place_background || off;
        // A plan with a place past a comma after it was announced there ("brengt volgende week een
        // bezoek aan China, heeft een woordvoerder maandag in Berlijn bekendgemaakt").
        bool said_there = future && sentence_place && place_tokens.first > ev.end &&
                          CommaBetween(s, ev.end, place_tokens.first);
        if (sentence_place && (!future || said_there) && !place_across_clause && !place_of_other) {
          e.location = sentence_place;
          place_used = true;
          here_actors.push_back(Key(e.source));
          if (e.target) here_actors.push_back(Key(*e.target));
        }
        else if (auto here = future ? std::nullopt : CountryPlace(s, a, e.root, ev, {e.source.country, e.target ? e.target->country : ""}))
          e.location = here;
        else if (last_place && !new_scene && e.root != "01" && Shares(last_actors, e)) e.location = last_place;
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
        if (new_scene) own_scene.push_back(out->events.size());
        if (off && !e.location) off_place.push_back(out->events.size());
        out->events.push_back(std::move(e));
      }

      if (!coded.dyads.empty() && coded.dyads.front().second && coded.dyads.front().second->pair.empty())
        st.last_object = *coded.dyads.front().second;
      if (coded.subject && !coded.dyads.empty()) {  // a trigger that coded nothing names no subject
        if (st.clause_subjects.empty()) st.clause_subjects = coded.subjects;
        st.last_subject = *coded.subject;
        subject_set = true;
      }
    }
    for (const Unit& u : a.units) {
      if (u.kind != UnitKind::kActor) continue;
      if (u.pair.empty()) Remember(st, u);
      // Without an event, the sentence's first actor is still its likely subject
      // and the antecedent of the next "he".
      if (!subject_set && u.pair.empty() && u.resolved() && !u.compound) {
        st.last_subject = u;
        subject_set = true;
      }
    }
    // A sentence that only announces plans does not move the story to their destination.
    bool plans_only = events_here > 0 && plans_here == events_here;
    // A place that the sentence's events all left as background is not the story's.
    if (place_background && !place_used && !plans_only) {
      if (sentence_place) place_after = last_place;
      sentence_place.reset();
    }
    std::optional<Location> next_place = plans_only ? last_place : new_scene ? sentence_place : place_after;
    if (sentence_place && next_place && next_place->span.begin == sentence_place->span.begin) last_actors = here_actors;
    else if (!next_place) last_actors.clear();
    last_place = next_place;
    // The story's place: the lead's; if it names none, the next sentence's where its events took it.
    if ((static_cast<int>(si) == lead_sentence || (static_cast<int>(si) == lead_sentence + 1 && !lead_place && place_used)) &&
        !plans_only) {
      lead_place = sentence_place;
      lead_actors = here_actors;
    }
    for (const auto& h : a.days) {
      if (OfNoun(a, h)) continue;
      auto w = ResolveWhen(h, false);
      if (w && w->date <= st.date) last_when = w;
    }
  }
  // Events without a place of their own take the dateline's, else the lead's unless
  // they are of another scene (another time) than the lead.
  // A statement (root 01) takes no place from another sentence than its own or the dateline;
  // an event that left its sentence's place as another act's (off_place) keeps none.
  for (Event& e : out->events)
    if (!e.location && doc_place) e.location = doc_place;
  for (size_t i = 0; i < out->events.size(); ++i)
    if (!out->events[i].location && lead_place && out->events[i].root != "01" &&
        !std::binary_search(off_place.begin(), off_place.end(), i) && Shares(lead_actors, out->events[i]) &&
        !std::binary_search(own_scene.begin(), own_scene.end(), i))
      out->events[i].location = lead_place;
  if (!doc_place) doc_place = lead_place;
  out->place = doc_place;
  return Status::Ok();
}

}  // namespace dyad
