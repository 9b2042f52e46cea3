#include "lexicon/compiler.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "text/tokenize.h"
#include "text/utf8.h"

namespace dyad::lex {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

std::string_view Trim(std::string_view s);

// "a|b|c" -> {"a", "b", "c"}, each trimmed (or another separator).
std::vector<std::string_view> SplitBars(std::string_view list, char sep = '|') {
  std::vector<std::string_view> out;
  size_t a = 0;
  while (true) {
    size_t bar = list.find(sep, a);
    out.push_back(Trim(list.substr(a, bar == std::string_view::npos ? std::string_view::npos : bar - a)));
    if (bar == std::string_view::npos) return out;
    a = bar + 1;
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool IsUpperCode(std::string_view s, size_t min_len, size_t max_len) {
  if (s.size() < min_len || s.size() > max_len) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

bool IsDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

bool ParseUint(std::string_view s, uint32_t* v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool ParseDouble(std::string_view s, double* v) {
  std::string tmp(s);
  char* end = nullptr;
  *v = std::strtod(tmp.c_str(), &end);
  return !tmp.empty() && end == tmp.c_str() + tmp.size();
}

const std::pair<const char*, Role> kRoles[] = {
    {"neg", Role::kNeg},           {"modal", Role::kModal},     {"passive_aux", Role::kPassiveAux},
    {"passive_by", Role::kPassiveBy}, {"conj", Role::kConj},    {"of", Role::kOf},
    {"loc", Role::kLoc},           {"pron_sg", Role::kPronSg},  {"pron_pl", Role::kPronPl},
    {"counterpart", Role::kCounterpart}, {"kingdom", Role::kKingdom}, {"clause", Role::kClause},
    {"pron_obj", Role::kPronObj},
    {"active_aux", Role::kActiveAux},
    {"cause", Role::kCause},
    {"dest", Role::kDest},
    {"border", Role::kBorder},
    {"region", Role::kRegion},
    {"land", Role::kLand},
    {"where", Role::kWhere},
    {"post", Role::kPost},
    {"territory", Role::kTerritory},
};

Status Bad(std::string_view name, uint32_t line, std::string msg, std::string_view bytes) {
  Status s = InvalidInput(std::move(msg) + " " + QuoteBytes(bytes, 80));
  s.At(std::string(name), line);
  return s;
}

}  // namespace

bool SourceKindForFile(std::string_view f, SourceKind* kind) {
  static const std::pair<const char*, SourceKind> kFiles[] = {
      {"language.tsv", SourceKind::kLanguage}, {"countries.tsv", SourceKind::kCountries},
      {"demonyms.tsv", SourceKind::kCountries}, {"metonyms.tsv", SourceKind::kCountries},
      {"igos.tsv", SourceKind::kIgos},
      {"agents.tsv", SourceKind::kAgents},     {"events.tsv", SourceKind::kEvents},
      {"refine.tsv", SourceKind::kRefine},     {"function.tsv", SourceKind::kFunction},
      {"lemmas.tsv", SourceKind::kLemmas},     {"furniture.txt", SourceKind::kFurniture},
      {"abbreviations.txt", SourceKind::kAbbreviations}, {"months.tsv", SourceKind::kMonths},
      {"days.tsv", SourceKind::kDays},
  };
  for (const auto& [name, k] : kFiles)
    if (f == name) { *kind = k; return true; }
  return false;
}

uint32_t SourceCompiler::Intern(const std::string& s) {
  auto [it, inserted] = intern_.emplace(s, static_cast<uint32_t>(out_->vocab.size()));
  if (inserted) out_->vocab.push_back(s);
  return it->second;
}

uint32_t SourceCompiler::FileIndex(std::string_view name) {
  for (size_t i = 0; i < out_->source_files.size(); ++i)
    if (out_->source_files[i] == name) return static_cast<uint32_t>(i);
  out_->source_files.emplace_back(name);
  return static_cast<uint32_t>(out_->source_files.size() - 1);
}

std::string SourceCompiler::Key(std::string_view folded, bool stem) {
  if (!stem || !stemmer_) return std::string(folded);
  auto it = lang_->lemma_index.find(std::string(folded));
  return stemmer_->Stem(it == lang_->lemma_index.end() ? folded : std::string_view(it->second));
}

Status SourceCompiler::ForEachLine(
    std::string_view name, std::string_view content, size_t min_fields, size_t max_fields,
    const std::function<Status(const std::vector<std::string_view>&, uint32_t)>& fn) {
  size_t bad = text::FindInvalidUtf8(content);
  if (bad != std::string_view::npos) {
    uint32_t line = 1 + static_cast<uint32_t>(std::count(content.begin(), content.begin() + bad, '\n'));
    return Bad(name, line, "invalid UTF-8 at", content.substr(bad, 8));
  }
  uint32_t number = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    ++number;
    pos = nl == std::string_view::npos ? content.size() + 1 : nl + 1;
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    if (line.find('\0') != std::string_view::npos) return Bad(name, number, "NUL byte in line", line);
    std::vector<std::string_view> fields = SplitTabs(trimmed);
    for (auto& f : fields) f = Trim(f);
    while (fields.size() > min_fields && fields.back().empty()) fields.pop_back();
    if (fields.size() < min_fields || fields.size() > max_fields)
      return Bad(name, number,
                 "expected " + std::to_string(min_fields) + (max_fields > min_fields ? "-" + std::to_string(max_fields) : "") +
                     " TAB-separated fields, found " + std::to_string(fields.size()) + ":",
                 line);
    for (size_t i = 0; i < min_fields; ++i)
      if (fields[i].empty()) return Bad(name, number, "field " + std::to_string(i + 1) + " is empty:", line);
    DYAD_RETURN_IF_ERROR(fn(fields, number));
  }
  return Status::Ok();
}

Status SourceCompiler::AddPattern(std::string_view phrase, bool stem_default, EntryKind kind, uint32_t payload,
                                  uint32_t file, uint32_t line) {
  const std::string& fname = out_->source_files[file];
  Pattern p;
  p.kind = kind;
  p.payload = payload;
  p.file = file;
  p.line = line;
  uint32_t pending_gap = 0;
  std::vector<text::RawToken> toks;
  std::string folded;
  size_t pos = 0;
  while (pos < phrase.size()) {
    size_t sp = phrase.find(' ', pos);
    std::string_view el = phrase.substr(pos, sp == std::string_view::npos ? std::string_view::npos : sp - pos);
    pos = sp == std::string_view::npos ? phrase.size() : sp + 1;
    if (el.empty()) continue;
    if (el[0] == '*' && el.size() <= 3) {
      uint32_t n = 8;
      if (el.size() > 1 && (!ParseUint(el.substr(1), &n) || n == 0 || n > 20))
        return Bad(fname, line, "a gap is * or *N with N in 1..20, not", el);
      if (p.elements.empty()) return Bad(fname, line, "a pattern cannot start with a gap:", phrase);
      pending_gap += n;
      if (pending_gap > 20) return Bad(fname, line, "gaps add up to more than 20 tokens:", phrase);
      continue;
    }
    // Alternatives; each one may be several tokens only if it is alone.
    std::vector<std::string_view> alts;
    size_t a = 0;
    while (true) {
      size_t bar = el.find('|', a);
      alts.push_back(el.substr(a, bar == std::string_view::npos ? std::string_view::npos : bar - a));
      if (bar == std::string_view::npos) break;
      a = bar + 1;
    }
    std::vector<Element> expanded;
    for (std::string_view alt : alts) {
      bool stem = stem_default;
      if (!alt.empty() && (alt[0] == '~' || alt[0] == '=')) {
        stem = alt[0] == '~';
        alt.remove_prefix(1);
      }
      if (alt.empty()) return Bad(fname, line, "empty alternative in", el);
      toks.clear();
      text::Tokenize(alt, 0, &toks);
      if (toks.empty()) return Bad(fname, line, "no token in", el);
      if (toks.size() > 1 && alts.size() > 1)
        return Bad(fname, line, "an alternative of several tokens must stand alone:", el);
      for (size_t t = 0; t < toks.size(); ++t) {
        text::Fold(alt.substr(toks[t].begin, toks[t].end - toks[t].begin), &folded);
        uint32_t id = Intern(Key(folded, stem));
        if (alts.size() == 1) {
          Element e;
          (stem ? e.stem : e.surface).push_back(id);
          expanded.push_back(std::move(e));
        } else {
          if (expanded.empty()) expanded.emplace_back();
          (stem ? expanded[0].stem : expanded[0].surface).push_back(id);
        }
      }
    }
    for (size_t i = 0; i < expanded.size(); ++i) {
      expanded[i].max_gap_before = static_cast<uint8_t>(i == 0 ? pending_gap : 0);
      p.elements.push_back(std::move(expanded[i]));
    }
    pending_gap = 0;
  }
  if (p.elements.empty()) return Bad(fname, line, "empty phrase:", phrase);
  if (pending_gap) return Bad(fname, line, "a pattern cannot end with a gap:", phrase);
  if (p.elements.size() > 32) return Bad(fname, line, "a phrase has at most 32 tokens:", phrase);
  lang_->patterns.push_back(std::move(p));
  return Status::Ok();
}

void SourceCompiler::SetCased(std::string_view phrase) {
  std::string cased;
  for (char c : phrase)
    if (c != ' ' && c != '=' && c != '~') cased += c;
  lang_->patterns.back().cased = std::move(cased);
}

Status SourceCompiler::AddCameoTable(std::string_view name, std::string_view content) {
  return ForEachLine(name, content, 3, 5, [&](const auto& f, uint32_t line) -> Status {
    CameoCode c;
    c.code = std::string(f[0]);
    c.name = std::string(f[1]);
    if (!IsUpperCode(c.code, 2, 4)) return Bad(name, line, "bad CAMEO code", f[0]);
    if (!ParseDouble(f[2], &c.goldstein)) return Bad(name, line, "bad Goldstein score", f[2]);
    if (f.size() > 3) c.plover_type = std::string(f[3]);
    if (f.size() > 4) c.plover_mode = std::string(f[4]);
    out_->cameo.push_back(std::move(c));
    out_->cameo_index[out_->cameo.back().code] = static_cast<uint32_t>(out_->cameo.size() - 1);
    return Status::Ok();
  });
}

Status SourceCompiler::AddIntent(std::string_view name, std::string_view content) {
  return ForEachLine(name, content, 2, 2, [&](const auto& f, uint32_t line) -> Status {
    if (!out_->cameo_index.count(std::string(f[1]))) return Bad(name, line, "unknown CAMEO code", f[1]);
    out_->intent.emplace_back(std::string(f[0]), std::string(f[1]));
    return Status::Ok();
  });
}

Status SourceCompiler::AddMonarchies(std::string_view name, std::string_view content) {
  return ForEachLine(name, content, 1, 1, [&](const auto& f, uint32_t line) -> Status {
    if (!IsUpperCode(f[0], 3, 3)) return Bad(name, line, "not an ISO alpha-3 code:", f[0]);
    out_->monarchies.emplace_back(f[0]);
    return Status::Ok();
  });
}

Status SourceCompiler::AddPersons(std::string_view name, std::string_view content) {
  std::unordered_map<std::string, uint32_t> by_name;
  return ForEachLine(name, content, 4, 6, [&](const auto& f, uint32_t line) -> Status {
    Office o{std::string(f[1]), std::string(f[2]), std::string(f[3]), f.size() > 4 ? std::string(f[4]) : "",
             f.size() > 5 ? std::string(f[5]) : ""};
    if (!IsUpperCode(o.country, 3, 12)) return Bad(name, line, "bad country or IGO code", f[1]);
    if (!IsUpperCode(o.sector, 3, 3)) return Bad(name, line, "bad sector", f[2]);
    if (!o.from.empty() && !IsDate(o.from)) return Bad(name, line, "bad date (YYYY-MM-DD)", f[4]);
    if (!o.to.empty() && !IsDate(o.to)) return Bad(name, line, "bad date (YYYY-MM-DD)", f[5]);
    if (!o.from.empty() && !o.to.empty() && o.to < o.from) return Bad(name, line, "office ends before it starts:", f[5]);
    std::string names(f[0]);
    std::string canonical = names.substr(0, names.find('|'));
    auto [it, inserted] = by_name.emplace(canonical, static_cast<uint32_t>(out_->persons.size()));
    if (inserted) out_->persons.push_back(Person{canonical, {}});
    Person& p = out_->persons[it->second];
    p.offices.push_back(std::move(o));
    // Keep every distinct spelling on the person.
    if (persons_variants_.size() < out_->persons.size()) persons_variants_.resize(out_->persons.size());
    std::vector<std::string>& variants = persons_variants_[it->second];
    for (std::string_view variant : SplitBars(names)) {
      if (variant.empty()) return Bad(name, line, "empty name variant in", f[0]);
      std::string v(variant);
      if (std::find(variants.begin(), variants.end(), v) == variants.end()) variants.push_back(v);
    }
    return Status::Ok();
  });
}

Status SourceCompiler::AddCapitals(std::string_view name, std::string_view content) {
  return ForEachLine(name, content, 4, 6, [&](const auto& f, uint32_t line) -> Status {
    Capital c;
    c.iso3 = std::string(f[0]);
    c.name = std::string(f[1]);
    if (!IsUpperCode(c.iso3, 3, 3)) return Bad(name, line, "not an ISO alpha-3 code:", f[0]);
    if (!ParseDouble(f[2], &c.lat) || !ParseDouble(f[3], &c.lon) || c.lat < -90 || c.lat > 90 || c.lon < -180 ||
        c.lon > 180)
      return Bad(name, line, "bad coordinates", f[2]);
    double v = 0;
    if (f.size() > 4 && ParseDouble(f[4], &v)) c.geonames_id = static_cast<int64_t>(v);
    if (f.size() > 5 && ParseDouble(f[5], &v)) c.population = static_cast<int64_t>(v);
    out_->capitals.push_back(std::move(c));
    return Status::Ok();
  });
}

Status SourceCompiler::AddPlaceAlias(std::string_view alias, uint32_t pid, uint32_t file, uint32_t line) {
  std::string folded;
  text::Fold(alias, &folded);
  auto [it, inserted] = place_alias_index_.emplace(folded, static_cast<uint32_t>(out_->place_aliases.size()));
  if (inserted) {
    out_->place_aliases.emplace_back();
    // Spaces separate pattern elements, so a name is written as its words.
    DYAD_RETURN_IF_ERROR(AddPattern(alias, false, EntryKind::kPlace, it->second, file, line));
  }
  auto& places = out_->place_aliases[it->second].places;
  if (std::find(places.begin(), places.end(), pid) == places.end()) places.push_back(pid);
  return Status::Ok();
}

Status SourceCompiler::AddPlaces(std::string_view name, std::string_view content) {
  LanguagePack* saved = lang_;
  lang_ = &out_->gazetteer;
  lang_->code = "geo";
  lang_->stemmer = "none";
  uint32_t file = FileIndex(name);
  // admin1 may be empty, so only the first three fields are required by ForEachLine.
  Status st = ForEachLine(name, content, 3, 10, [&](const auto& f, uint32_t line) -> Status {
    if (f.size() < 9)
      return Bad(name, line, "a place has 9 or 10 TAB-separated fields, found " + std::to_string(f.size()) + ":", f[0]);
    if (f.size() == 10 && f[9] != "small") return Bad(name, line, "the tenth field of a place is empty or small, not", f[9]);
    Place p;
    double v = 0;
    if (!ParseDouble(f[0], &v)) return Bad(name, line, "bad geonameid", f[0]);
    p.geonames_id = static_cast<int64_t>(v);
    p.name = std::string(f[1]);
    p.country = std::string(f[2]);
    if (!IsUpperCode(p.country, 3, 3)) return Bad(name, line, "not an ISO alpha-3 code:", f[2]);
    p.admin1 = std::string(f[3]);
    if (!ParseDouble(f[4], &p.lat) || !ParseDouble(f[5], &p.lon) || p.lat < -90 || p.lat > 90 || p.lon < -180 ||
        p.lon > 180)
      return Bad(name, line, "bad coordinates", f[4]);
    if (!ParseDouble(f[6], &v)) return Bad(name, line, "bad population", f[6]);
    p.population = static_cast<int64_t>(v);
    p.feature = std::string(f[7]);
    p.small = f.size() == 10;
    uint32_t pid = static_cast<uint32_t>(out_->places.size());
    out_->places.push_back(std::move(p));
    for (std::string_view alias : SplitBars(f[8]))
      if (!alias.empty()) DYAD_RETURN_IF_ERROR(AddPlaceAlias(alias, pid, file, line));
    return Status::Ok();
  });
  lang_ = saved;
  return st;
}

Status SourceCompiler::AddLandmarks(std::string_view name, std::string_view content) {
  std::unordered_map<int64_t, uint32_t> by_id;
  for (uint32_t i = 0; i < out_->places.size(); ++i) by_id.emplace(out_->places[i].geonames_id, i);
  LanguagePack* saved = lang_;
  lang_ = &out_->gazetteer;
  uint32_t file = FileIndex(name);
  Status st = ForEachLine(name, content, 2, 2, [&](const auto& f, uint32_t line) -> Status {
    size_t pos = 0;
    while (pos <= f[1].size()) {
      size_t comma = f[1].find(',', pos);
      std::string_view id = f[1].substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos);
      double v = 0;
      if (!ParseDouble(id, &v)) return Bad(name, line, "bad geonameid", id);
      auto it = by_id.find(static_cast<int64_t>(v));
      if (it == by_id.end()) return Bad(name, line, "no place in the gazetteer has geonameid", id);
      DYAD_RETURN_IF_ERROR(AddPlaceAlias(f[0], it->second, file, line));
      if (comma == std::string_view::npos) break;
      pos = comma + 1;
    }
    return Status::Ok();
  });
  lang_ = saved;
  return st;
}

Status SourceCompiler::AddCountryInfo(std::string_view name, std::string_view content) {
  return ForEachLine(name, content, 4, 4, [&](const auto& f, uint32_t line) -> Status {
    if (!IsUpperCode(f[0], 3, 3)) return Bad(name, line, "not an ISO alpha-3 code:", f[0]);
    out_->country_info.push_back({std::string(f[0]), std::string(f[1]), f[2] == "-" ? "" : std::string(f[2]),
                                  std::string(f[3])});
    return Status::Ok();
  });
}

// geo/neighbours.tsv: `iso3<TAB>iso3|iso3...`, the countries a country borders by land.
Status SourceCompiler::AddNeighbours(std::string_view name, std::string_view content) {
  Status s = ForEachLine(name, content, 2, 2, [&](const auto& f, uint32_t line) -> Status {
    if (!IsUpperCode(f[0], 3, 3)) return Bad(name, line, "not an ISO alpha-3 code:", f[0]);
    for (std::string_view n : SplitBars(f[1])) {
      if (!IsUpperCode(n, 3, 3)) return Bad(name, line, "not an ISO alpha-3 code:", n);
      out_->neighbours.push_back(std::string(f[0]) + std::string(n));
      out_->neighbours.push_back(std::string(n) + std::string(f[0]));
    }
    return Status::Ok();
  });
  std::sort(out_->neighbours.begin(), out_->neighbours.end());
  out_->neighbours.erase(std::unique(out_->neighbours.begin(), out_->neighbours.end()), out_->neighbours.end());
  return s;
}

Status SourceCompiler::BeginLanguage(std::string_view code) {
  if (code.size() < 2 || code.size() > 3) return InvalidInput("language folder name is not an ISO 639-1 code: " + QuoteBytes(code));
  out_->langs.emplace_back();
  lang_ = &out_->langs.back();
  lang_->code = std::string(code);
  lang_->stemmer = "none";
  stemmer_.reset();
  return Status::Ok();
}

Status SourceCompiler::AddLanguageFile(SourceKind kind, std::string_view name, std::string_view content) {
  if (!lang_) return InvalidInput("no language started").At(std::string(name));
  uint32_t file = FileIndex(name);
  std::string folded;
  switch (kind) {
    case SourceKind::kLanguage:
      return ForEachLine(name, content, 2, 2, [&](const auto& f, uint32_t line) -> Status {
        uint32_t v = 0;
        // Clitics glued to the front of words (Arabic و ف ب ل ك ال): a word not in
        // the lexicon is looked up again without them; some of them mean "and".
        if (f[0] == "prefix_clitics" || f[0] == "conj_clitics" || f[0] == "loc_clitics") {
          std::vector<std::string>& out = f[0] == "prefix_clitics" ? lang_->prefix_clitics
                                          : f[0] == "conj_clitics"  ? lang_->conj_clitics
                                                                    : lang_->loc_clitics;
          for (std::string_view c : SplitBars(f[1])) {
            if (c.empty()) return Bad(name, line, "empty clitic in", f[1]);
            text::Fold(c, &folded);
            out.push_back(folded);
          }
          // Longest clitic first ("وال" before "و"); "a>b" replaces a by b.
          auto len = [](const std::string& x) { return x.find('>') == std::string::npos ? x.size() : x.find('>'); };
          std::stable_sort(out.begin(), out.end(), [&](const std::string& x, const std::string& y) { return len(x) > len(y); });
          return Status::Ok();
        }
        // Endings of the synthetic future ("rendra", "visitará"): a trigger word with one is a plan.
        if (f[0] == "future_endings") {
          for (std::string_view c : SplitBars(f[1])) {
            if (c.empty()) return Bad(name, line, "empty ending in", f[1]);
            text::Fold(c, &folded);
            lang_->future_endings.push_back(folded);
          }
          return Status::Ok();
        }
        if (f[0] == "stemmer") {
          lang_->stemmer = std::string(f[1]);
          stemmer_ = std::make_unique<text::Stemmer>(lang_->stemmer);
          if (!stemmer_->ok()) return Bad(name, line, "libstemmer has no algorithm", f[1]);
          return Status::Ok();
        }
        uint32_t* slot = f[0] == "negation_before" ? &lang_->settings.negation_before
                         : f[0] == "negation_after" ? &lang_->settings.negation_after
                         : f[0] == "modal_before"   ? &lang_->settings.modal_before
                         : f[0] == "actor_window"   ? &lang_->settings.actor_window
                         : f[0] == "verb_final"     ? &lang_->settings.verb_final
                         : f[0] == "balanced_gaps"  ? &lang_->settings.balanced_gaps
                         : f[0] == "adjective_agent" ? &lang_->settings.adjective_agent
                         : f[0] == "verb_first"     ? &lang_->settings.verb_first
                                                    : nullptr;
        if (!slot) return Bad(name, line, "unknown setting", f[0]);
        if (!ParseUint(f[1], &v) || v > 50) return Bad(name, line, "setting wants a number 0..50:", f[1]);
        *slot = v;
        return Status::Ok();
      });
    case SourceKind::kLemmas:
      return ForEachLine(name, content, 2, 2, [&](const auto& f, uint32_t) -> Status {
        std::string form, lemma;
        text::Fold(f[0], &form);
        text::Fold(f[1], &lemma);
        lang_->lemmas.emplace_back(form, lemma);
        lang_->lemma_index[form] = lemma;
        return Status::Ok();
      });
    case SourceKind::kCountries:
      return ForEachLine(name, content, 3, 4, [&](const auto& f, uint32_t line) -> Status {
        if (!IsUpperCode(f[1], 3, 3)) return Bad(name, line, "not an ISO alpha-3 code:", f[1]);
        // flags: `case` (spelled exactly so), `actor=IGO...` (a capital that as an actor is that organisation)
        bool cased = false;
        std::string actor_igo;
        if (f.size() > 3) {
          for (std::string_view fl : SplitBars(f[3], ',')) {
            fl = Trim(fl);
            if (fl == "case") cased = true;
            else if (fl.substr(0, 6) == "actor=" && fl.substr(6, 3) == "IGO" && IsUpperCode(fl.substr(6), 6, 15))
              actor_igo = std::string(fl.substr(6));
            else return Bad(name, line, "country flags are case and actor=IGO..., not", fl);
          }
        }
        CountryKind ck;
        if (f[2] == "name") ck = CountryKind::kName;
        else if (f[2] == "adj") ck = CountryKind::kAdj;
        else if (f[2] == "demonym") ck = CountryKind::kDemonym;
        else if (f[2] == "capital") ck = CountryKind::kCapital;
        else return Bad(name, line, "kind must be name, adj, demonym or capital, not", f[2]);
        if (!actor_igo.empty() && ck != CountryKind::kCapital) return Bad(name, line, "actor= is for capitals, not", f[2]);
        lang_->countries.push_back({std::string(f[1]), ck, actor_igo});
        DYAD_RETURN_IF_ERROR(
            AddPattern(f[0], false, EntryKind::kCountry, static_cast<uint32_t>(lang_->countries.size() - 1), file, line));
        if (cased) {
          if (f[0].find_first_of("|*") != std::string_view::npos)
            return Bad(name, line, "a case-sensitive phrase has no alternatives or gaps:", f[0]);
          SetCased(f[0]);
        }
        return Status::Ok();
      });
    case SourceKind::kIgos:
      return ForEachLine(name, content, 2, 3, [&](const auto& f, uint32_t line) -> Status {
        if (!IsUpperCode(f[1], 6, 15) || f[1].substr(0, 3) != "IGO") return Bad(name, line, "IGO codes look like IGOUNO, not", f[1]);
        if (f.size() > 2 && f[2] != "case") return Bad(name, line, "the only IGO flag is case, not", f[2]);
        lang_->igos.push_back({std::string(f[1])});
        DYAD_RETURN_IF_ERROR(
            AddPattern(f[0], false, EntryKind::kIgo, static_cast<uint32_t>(lang_->igos.size() - 1), file, line));
        if (f.size() > 2) {
          if (f[0].find_first_of("|*") != std::string_view::npos)
            return Bad(name, line, "a case-sensitive phrase has no alternatives or gaps:", f[0]);
          SetCased(f[0]);
        }
        return Status::Ok();
      });
    case SourceKind::kAgents:
      return ForEachLine(name, content, 2, 3, [&](const auto& f, uint32_t line) -> Status {
        // "-": a head noun outside politics (striker, team) that keeps the adjective before it from being an actor
        if (f[1] != "-" && !IsUpperCode(f[1], 3, 3)) return Bad(name, line, "a sector is three capitals or -, not", f[1]);
        AgentEntry a{std::string(f[1]), false, ""};
        // Flags: `pl`, and/or the ISO alpha-3 country of a named group (حزب الله -> LBN).
        std::string_view flags = f.size() > 2 ? f[2] : std::string_view();
        while (!flags.empty()) {
          size_t comma = flags.find(',');
          std::string_view flag = Trim(flags.substr(0, comma));
          flags = comma == std::string_view::npos ? std::string_view() : flags.substr(comma + 1);
          if (flag == "pl") a.plural = true;
          else if (IsUpperCode(flag, 3, 3) && a.country.empty()) a.country = std::string(flag);
          else return Bad(name, line, "agent flags are pl and one ISO alpha-3 country, not", flag);
        }
        lang_->agents.push_back(a);
        return AddPattern(f[0], false, EntryKind::kAgent, static_cast<uint32_t>(lang_->agents.size() - 1), file, line);
      });
    case SourceKind::kEvents:
      return ForEachLine(name, content, 2, 3, [&](const auto& f, uint32_t line) -> Status {
        EventEntry e{std::string(f[1])};
        if (!out_->cameo_index.count(e.code)) return Bad(name, line, "unknown CAMEO code", f[1]);
        if (f.size() > 2) {
          std::string_view flags = f[2];
          size_t a = 0;
          while (a <= flags.size()) {
            size_t c = flags.find(',', a);
            std::string_view fl = Trim(flags.substr(a, c == std::string_view::npos ? std::string_view::npos : c - a));
            if (fl == "sym") e.sym = true;
            else if (fl == "solo") e.solo = true;
            else if (fl == "passive") e.passive = true;
            else if (fl == "group") e.group = e.sym = true;
            else if (fl == "subj") e.subject = true;
            else if (fl == "obj") e.object = true;
            else if (!fl.empty()) return Bad(name, line, "unknown event flag", fl);
            if (c == std::string_view::npos) break;
            a = c + 1;
          }
        }
        lang_->events.push_back(std::move(e));
        return AddPattern(f[0], true, EntryKind::kEvent, static_cast<uint32_t>(lang_->events.size() - 1), file, line);
      });
    case SourceKind::kRefine:
      return ForEachLine(name, content, 3, 3, [&](const auto& f, uint32_t line) -> Status {
        if (!out_->cameo_index.count(std::string(f[0]))) return Bad(name, line, "unknown CAMEO code", f[0]);
        if (!out_->cameo_index.count(std::string(f[2]))) return Bad(name, line, "unknown CAMEO code", f[2]);
        lang_->refines.push_back({std::string(f[0]), std::string(f[2])});
        return AddPattern(f[1], true, EntryKind::kRefine, static_cast<uint32_t>(lang_->refines.size() - 1), file, line);
      });
    case SourceKind::kFunction:
      return ForEachLine(name, content, 2, 2, [&](const auto& f, uint32_t line) -> Status {
        for (const auto& [rname, role] : kRoles) {
          if (f[1] == rname) {
            lang_->functions.push_back({role});
            return AddPattern(f[0], false, EntryKind::kFunction, static_cast<uint32_t>(lang_->functions.size() - 1),
                              file, line);
          }
        }
        return Bad(name, line, "unknown role", f[1]);
      });
    case SourceKind::kFurniture:
      return ForEachLine(name, content, 1, 1, [&](const auto& f, uint32_t) -> Status {
        text::Fold(f[0], &folded);
        lang_->furniture.push_back(folded);
        return Status::Ok();
      });
    case SourceKind::kAbbreviations:
      return ForEachLine(name, content, 1, 1, [&](const auto& f, uint32_t line) -> Status {
        if (f[0].back() != '.') return Bad(name, line, "an abbreviation ends with '.':", f[0]);
        text::Fold(f[0], &folded);
        lang_->abbreviations.push_back(folded);
        return Status::Ok();
      });
    case SourceKind::kDays:
      return ForEachLine(name, content, 2, 2, [&](const auto& f, uint32_t line) -> Status {
        static const char* kWeekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        DayEntry d;
        std::string v(f[1]);
        if (v == "month") {
          if (f[0].find("{month}") == std::string_view::npos)
            return Bad(name, line, "value 'month' needs a phrase with {month}:", f[0]);
          month_phrases_.push_back({std::string(f[0]), file, line});
          return Status::Ok();
        }
        for (int w = 0; w < 7; ++w)
          if (v == kWeekdays[w]) d.weekday = w + 1;
        if (v == "weekend") {  // the week of the last Sunday
          d.unit = DateUnit::kWeek;
          d.weekday = 7;
        } else if (!d.weekday) {
          long limit = 31;
          if (v.rfind("week", 0) == 0) { d.unit = DateUnit::kWeek; v.erase(0, 4); limit = 52; }
          else if (v.rfind("month", 0) == 0) { d.unit = DateUnit::kMonth; v.erase(0, 5); limit = 24; }
          if (!v.empty() && v[0] == '+') v.erase(0, 1);
          char* end = nullptr;
          long off = std::strtol(v.c_str(), &end, 10);
          if (v.empty() || *end || off < -limit || off > limit)
            return Bad(name, line, "a day is -31..31, mon..sun, week-52..week52, weekend, month-24..month24 or month, not", f[1]);
          d.offset = static_cast<int32_t>(off);
        }
        lang_->days.push_back(d);
        return AddPattern(f[0], false, EntryKind::kDay, static_cast<uint32_t>(lang_->days.size() - 1), file, line);
      });
    case SourceKind::kMonths:
      return ForEachLine(name, content, 2, 2, [&](const auto& f, uint32_t line) -> Status {
        uint32_t m = 0;
        if (!ParseUint(f[1], &m) || m < 1 || m > 12) return Bad(name, line, "month number 1..12, not", f[1]);
        text::Fold(f[0], &folded);
        lang_->months.emplace_back(folded, m);
        return Status::Ok();
      });
  }
  return Status::Ok();
}

Status SourceCompiler::EndLanguage() {
  if (!lang_) return Status::Ok();
  // One pattern per phrase, its {month} an alternative of every month name (a pattern per
  // month would make the matcher try a dozen patterns at every "in"); the month is read
  // back from the matched words (DayEntry::month -1).
  std::string months;
  for (const auto& [month_name, m] : lang_->months) {
    if (month_name.find_first_of(" |") != std::string::npos) continue;
    months += (months.empty() ? "" : "|") + month_name;
  }
  for (const MonthPhrase& mp : month_phrases_) {
    if (months.empty()) return Bad(out_->source_files[mp.file], mp.line, "{month} needs months.tsv:", mp.phrase);
    size_t at = mp.phrase.find("{month}");
    DayEntry d;
    d.unit = DateUnit::kMonth;
    d.month = -1;
    lang_->days.push_back(d);
    std::string phrase = mp.phrase.substr(0, at) + months + mp.phrase.substr(at + 7);
    DYAD_RETURN_IF_ERROR(AddPattern(phrase, false, EntryKind::kDay, static_cast<uint32_t>(lang_->days.size() - 1),
                                    mp.file, mp.line));
  }
  month_phrases_.clear();
  uint32_t file = FileIndex("common/persons.tsv");
  std::vector<text::RawToken> toks;
  for (uint32_t pid = 0; pid < out_->persons.size(); ++pid) {
    std::unordered_set<std::string> surnames;
    if (pid >= persons_variants_.size()) break;
    for (const std::string& variant : persons_variants_[pid]) {
      lang_->person_aliases.push_back({pid, false});
      DYAD_RETURN_IF_ERROR(AddPattern(variant, false, EntryKind::kPerson,
                                      static_cast<uint32_t>(lang_->person_aliases.size() - 1), file, 0));
      // The surname alone (last word, not a regnal number) is a weak alias:
      // it counts only in a document that names the person in full.
      toks.clear();
      text::Tokenize(variant, 0, &toks);
      if (toks.size() < 2) continue;
      std::string_view last = std::string_view(variant).substr(toks.back().begin, toks.back().end - toks.back().begin);
      bool roman = std::all_of(last.begin(), last.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
      if (roman || last.size() < 3 || !toks.back().word) continue;
      if (surnames.insert(std::string(last)).second) {
        lang_->person_aliases.push_back({pid, true});
        DYAD_RETURN_IF_ERROR(AddPattern(last, false, EntryKind::kPerson,
                                        static_cast<uint32_t>(lang_->person_aliases.size() - 1), file, 0));
      }
    }
  }
  lang_ = nullptr;
  return Status::Ok();
}

}  // namespace dyad::lex
