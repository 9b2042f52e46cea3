#include "lexicon/serial.h"

#include <cstring>
#include <type_traits>

#include "dyad/lexicon.h"

namespace dyad::lex {
namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'L', 'E', 'X', '\0'};

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
  return h;
}

class Out {
 public:
  template <typename T> void Num(T v) {
    static_assert(std::is_arithmetic_v<T> || std::is_enum_v<T>);
    char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    s_.append(b, sizeof(T));
  }
  void Str(const std::string& v) { Num<uint32_t>(static_cast<uint32_t>(v.size())); s_ += v; }
  std::string& bytes() { return s_; }

 private:
  std::string s_;
};

class In {
 public:
  explicit In(std::string_view s) : s_(s) {}
  template <typename T> bool Num(T* v) {
    if (s_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, s_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool Str(std::string* v) {
    uint32_t n;
    if (!Num(&n) || s_.size() - pos_ < n) return false;
    v->assign(s_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  // A count of items each at least `min_bytes` long must fit in what is left.
  bool Count(uint32_t* n, size_t min_bytes) { return Num(n) && static_cast<size_t>(*n) * min_bytes <= s_.size() - pos_; }
  bool done() const { return pos_ == s_.size(); }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

// One function per type writes and reads it, so the two cannot drift apart.
void Put(Out& o, const std::string& v) { o.Str(v); }
bool Get(In& i, std::string* v) { return i.Str(v); }
template <typename T> requires std::is_arithmetic_v<T> void Put(Out& o, T v) { o.Num(v); }
template <typename T> requires std::is_arithmetic_v<T> bool Get(In& i, T* v) { return i.Num(v); }
template <typename T> requires std::is_enum_v<T> void Put(Out& o, T v) { o.Num(static_cast<uint8_t>(v)); }
template <typename T> requires std::is_enum_v<T> bool Get(In& i, T* v) {
  uint8_t b;
  if (!i.Num(&b)) return false;
  *v = static_cast<T>(b);
  return true;
}
template <typename A, typename B> void Put(Out& o, const std::pair<A, B>& v) { Put(o, v.first); Put(o, v.second); }
template <typename A, typename B> bool Get(In& i, std::pair<A, B>* v) { return Get(i, &v->first) && Get(i, &v->second); }
template <typename T> void Put(Out& o, const std::vector<T>& v);
template <typename T> bool Get(In& i, std::vector<T>* v);

#define DYAD_FIELDS(T, ...)                                           \
  void Put(Out& o, const T& v) { auto& [__VA_ARGS__] = v; PutAll(o, __VA_ARGS__); } \
  bool Get(In& i, T* v) { auto& [__VA_ARGS__] = *v; return GetAll(i, __VA_ARGS__); }

template <typename... Ts> void PutAll(Out& o, const Ts&... vs) { (Put(o, vs), ...); }
template <typename... Ts> bool GetAll(In& i, Ts&... vs) { return (Get(i, &vs) && ...); }

DYAD_FIELDS(Element, a, b, c)
DYAD_FIELDS(Pattern, a, b, c, d, e, f)
DYAD_FIELDS(CountryEntry, a, b, c)
DYAD_FIELDS(IgoEntry, a)
DYAD_FIELDS(AgentEntry, a, b, c)
DYAD_FIELDS(EventEntry, a, b, c, d, e, f, g)
DYAD_FIELDS(RefineEntry, a, b)
DYAD_FIELDS(FunctionEntry, a)
DYAD_FIELDS(PersonAlias, a, b)
DYAD_FIELDS(DayEntry, a, b, c, d)
DYAD_FIELDS(Office, a, b, c, d, e)
DYAD_FIELDS(Person, a, b)
DYAD_FIELDS(Settings, a, b, c, d, e, f, g, h)
DYAD_FIELDS(CameoCode, a, b, c, d, e)
DYAD_FIELDS(Capital, a, b, c, d, e, f)
DYAD_FIELDS(Place, a, b, c, d, e, f, g, h, k)
DYAD_FIELDS(PlaceAlias, a)
DYAD_FIELDS(CountryInfo, a, b, c, d)

void Put(Out& o, const LanguagePack& v) {
  PutAll(o, v.code, v.stemmer, v.settings, v.patterns, v.countries, v.igos, v.agents, v.events, v.refines,
         v.functions, v.person_aliases, v.days, v.lemmas, v.furniture, v.abbreviations, v.months,
         v.prefix_clitics, v.conj_clitics, v.loc_clitics, v.future_endings);
}
bool Get(In& i, LanguagePack* v) {
  return GetAll(i, v->code, v->stemmer, v->settings, v->patterns, v->countries, v->igos, v->agents, v->events,
                v->refines, v->functions, v->person_aliases, v->days, v->lemmas, v->furniture, v->abbreviations, v->months,
                v->prefix_clitics, v->conj_clitics, v->loc_clitics, v->future_endings);
}

template <typename T> void Put(Out& o, const std::vector<T>& v) {
  o.Num<uint32_t>(static_cast<uint32_t>(v.size()));
  for (const auto& x : v) Put(o, x);
}
template <typename T> bool Get(In& i, std::vector<T>* v) {
  uint32_t n;
  if (!i.Count(&n, 1)) return false;
  v->clear();
  v->reserve(n);
  for (uint32_t k = 0; k < n; ++k) {
    v->emplace_back();
    if (!Get(i, &v->back())) return false;
  }
  return true;
}

}  // namespace

std::string SerializeData(const LexiconData& d) {
  Out payload;
  PutAll(payload, d.vocab, d.langs, d.persons, d.cameo, d.intent, d.monarchies, d.neighbours, d.capitals, d.places, d.place_aliases,
         d.gazetteer, d.country_info, d.source_files);
  Out head;
  head.bytes().append(kMagic, sizeof kMagic);
  head.Num<uint32_t>(Lexicon::kFormatVersion);
  head.Num<uint32_t>(0);
  head.Num<uint64_t>(payload.bytes().size());
  head.Num<uint64_t>(Fnv1a(payload.bytes()));
  return head.bytes() + payload.bytes();
}

Status DeserializeData(std::string_view bytes, LexiconData* d) {
  constexpr size_t kHeader = 8 + 4 + 4 + 8 + 8;
  if (bytes.size() < kHeader || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return InvalidInput("not a dyad lexicon artifact (bad magic number " + QuoteBytes(bytes.substr(0, 8)) + ")");
  In head(bytes.substr(8, kHeader - 8));
  uint32_t version = 0, flags = 0;
  uint64_t size = 0, sum = 0;
  head.Num(&version);
  head.Num(&flags);
  head.Num(&size);
  head.Num(&sum);
  if (version != Lexicon::kFormatVersion)
    return Status(StatusCode::kVersionMismatch, "lexicon format version " + std::to_string(version) +
                                                    ", this dyad reads version " +
                                                    std::to_string(Lexicon::kFormatVersion) + ": recompile it");
  std::string_view payload = bytes.substr(kHeader);
  if (payload.size() != size) return InvalidInput("truncated lexicon artifact: " + std::to_string(payload.size()) +
                                                  " of " + std::to_string(size) + " payload bytes");
  if (Fnv1a(payload) != sum) return InvalidInput("lexicon artifact checksum mismatch: the file is corrupt");
  In in(payload);
  if (!GetAll(in, d->vocab, d->langs, d->persons, d->cameo, d->intent, d->monarchies, d->neighbours, d->capitals, d->places,
              d->place_aliases, d->gazetteer, d->country_info, d->source_files) ||
      !in.done())
    return InvalidInput("malformed lexicon artifact payload");
  // Ids must point inside the tables they index.
  std::vector<const LanguagePack*> packs;
  for (const auto& l : d->langs) packs.push_back(&l);
  packs.push_back(&d->gazetteer);
  for (const LanguagePack* lp : packs) {
    const LanguagePack& l = *lp;
    for (const auto& p : l.patterns) {
      if (p.elements.empty()) return InvalidInput("malformed lexicon artifact: empty pattern");
      for (const auto& e : p.elements) {
        for (const auto* ids : {&e.surface, &e.stem})
          for (uint32_t id : *ids)
            if (id >= d->vocab.size()) return InvalidInput("malformed lexicon artifact: vocabulary id out of range");
        if (e.surface.empty() && e.stem.empty()) return InvalidInput("malformed lexicon artifact: empty element");
      }
      size_t limit = p.kind == EntryKind::kCountry    ? l.countries.size()
                     : p.kind == EntryKind::kIgo      ? l.igos.size()
                     : p.kind == EntryKind::kAgent    ? l.agents.size()
                     : p.kind == EntryKind::kEvent    ? l.events.size()
                     : p.kind == EntryKind::kRefine   ? l.refines.size()
                     : p.kind == EntryKind::kFunction ? l.functions.size()
                     : p.kind == EntryKind::kPerson   ? l.person_aliases.size()
                     : p.kind == EntryKind::kPlace    ? d->place_aliases.size()
                     : p.kind == EntryKind::kDay      ? l.days.size()
                                                      : 0;
      if (p.payload >= limit) return InvalidInput("malformed lexicon artifact: entry id out of range");
    }
    for (const auto& a : l.person_aliases)
      if (a.person >= d->persons.size()) return InvalidInput("malformed lexicon artifact: person id out of range");
  }
  for (const auto& a : d->place_aliases)
    for (uint32_t id : a.places)
      if (id >= d->places.size()) return InvalidInput("malformed lexicon artifact: place id out of range");
  return Status::Ok();
}

}  // namespace dyad::lex
