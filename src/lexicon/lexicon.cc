#include "dyad/lexicon.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lexicon/compiler.h"
#include "lexicon/model.h"
#include "lexicon/serial.h"

namespace dyad {
namespace fs = std::filesystem;

namespace {

Result<std::string> ReadWhole(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return IoError("cannot open " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

Lexicon::Lexicon(std::unique_ptr<lex::LexiconData> data) : data_(std::move(data)) {}
Lexicon::~Lexicon() = default;

std::vector<std::string> Lexicon::Languages() const {
  std::vector<std::string> out;
  for (const auto& l : data_->langs) out.push_back(l.code);
  return out;
}

Result<std::shared_ptr<const Lexicon>> Lexicon::Compile(const std::string& data_dir, CompileReport* report) {
  auto data = std::make_unique<lex::LexiconData>();
  lex::SourceCompiler c(data.get());
  fs::path root(data_dir);
  auto add = [&](const fs::path& p, auto method) -> Status {
    std::error_code ec;
    if (!fs::exists(p, ec)) return Status::Ok();  // optional tables
    DYAD_ASSIGN_OR_RETURN(std::string content, ReadWhole(p));
    return (c.*method)(fs::relative(p, root).string(), content);
  };
  if (!fs::is_directory(root / "lexicons")) return NotFound("no lexicons folder under " + data_dir);
  if (!fs::exists(root / "cameo" / "codes.tsv")) return NotFound("missing " + (root / "cameo" / "codes.tsv").string());
  DYAD_RETURN_IF_ERROR(add(root / "cameo" / "codes.tsv", &lex::SourceCompiler::AddCameoTable));
  DYAD_RETURN_IF_ERROR(add(root / "lexicons" / "common" / "intent.tsv", &lex::SourceCompiler::AddIntent));
  DYAD_RETURN_IF_ERROR(add(root / "lexicons" / "common" / "monarchies.txt", &lex::SourceCompiler::AddMonarchies));
  DYAD_RETURN_IF_ERROR(add(root / "lexicons" / "common" / "persons.tsv", &lex::SourceCompiler::AddPersons));
  DYAD_RETURN_IF_ERROR(add(root / "geo" / "capitals.tsv", &lex::SourceCompiler::AddCapitals));
  DYAD_RETURN_IF_ERROR(add(root / "geo" / "places.tsv", &lex::SourceCompiler::AddPlaces));
  DYAD_RETURN_IF_ERROR(add(root / "geo" / "landmarks.tsv", &lex::SourceCompiler::AddLandmarks));
  DYAD_RETURN_IF_ERROR(add(root / "geo" / "countries.tsv", &lex::SourceCompiler::AddCountryInfo));
  DYAD_RETURN_IF_ERROR(add(root / "geo" / "neighbours.tsv", &lex::SourceCompiler::AddNeighbours));

  std::vector<fs::path> lang_dirs;
  for (const auto& entry : fs::directory_iterator(root / "lexicons"))
    if (entry.is_directory() && entry.path().filename() != "common") lang_dirs.push_back(entry.path());
  std::sort(lang_dirs.begin(), lang_dirs.end());
  for (const fs::path& dir : lang_dirs) {
    DYAD_RETURN_IF_ERROR(c.BeginLanguage(dir.filename().string()));
    // language.tsv (stemmer) and lemmas.tsv first: pattern keys depend on them.
    std::vector<std::pair<int, fs::path>> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (!entry.is_regular_file()) continue;
      std::string fname = entry.path().filename().string();
      lex::SourceKind kind;
      if (!lex::SourceKindForFile(fname, &kind)) continue;  // README.md and notes
      int order = kind == lex::SourceKind::kLanguage ? 0 : kind == lex::SourceKind::kLemmas ? 1 : 2;
      files.emplace_back(order, entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& [order, p] : files) {
      lex::SourceKind kind;
      lex::SourceKindForFile(p.filename().string(), &kind);
      DYAD_ASSIGN_OR_RETURN(std::string content, ReadWhole(p));
      DYAD_RETURN_IF_ERROR(c.AddLanguageFile(kind, fs::relative(p, root).string(), content));
    }
    DYAD_RETURN_IF_ERROR(c.EndLanguage());
  }
  if (data->langs.empty()) return NotFound("no language folders under " + (root / "lexicons").string());
  data->BuildIndexes();
  if (report) {
    report->languages = data->langs.size();
    report->persons = data->persons.size();
    for (const auto& l : data->langs) report->patterns += l.patterns.size();
  }
  return std::shared_ptr<const Lexicon>(std::make_shared<Lexicon>(std::move(data)));
}

std::string Lexicon::Serialize() const { return lex::SerializeData(*data_); }

Result<std::shared_ptr<const Lexicon>> Lexicon::FromBytes(std::string_view bytes, const std::string& origin) {
  auto data = std::make_unique<lex::LexiconData>();
  Status s = lex::DeserializeData(bytes, data.get());
  if (!s.ok()) return s.At(origin);
  data->BuildIndexes();
  return std::shared_ptr<const Lexicon>(std::make_shared<Lexicon>(std::move(data)));
}

Result<std::shared_ptr<const Lexicon>> Lexicon::Load(const std::string& path) {
  DYAD_ASSIGN_OR_RETURN(std::string bytes, ReadWhole(path));
  auto data = std::make_unique<lex::LexiconData>();
  Status s = lex::DeserializeData(bytes, data.get());
  if (!s.ok()) return s.At(path);
  // The file's bytes go before the indexes are built: the gazetteer makes both large.
  std::string().swap(bytes);
  data->BuildIndexes();
  return std::shared_ptr<const Lexicon>(std::make_shared<Lexicon>(std::move(data)));
}

std::string DefaultLexiconPath() {
  if (const char* env = std::getenv("DYAD_LEXICON"); env && *env) return env;
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) {
    fs::path dir = fs::path(std::string(buf, static_cast<size_t>(n))).parent_path();
    if (fs::exists(dir / "dyad.lex")) return (dir / "dyad.lex").string();
    if (fs::exists(dir / ".." / "share" / "dyad" / "dyad.lex")) return (dir / ".." / "share" / "dyad" / "dyad.lex").string();
  }
  return "dyad.lex";
}

namespace lex {

void LexiconData::BuildIndexes() {
  vocab_index.clear();
  vocab_index.reserve(vocab.size());  // the gazetteer makes it large: no rehashing at load
  for (uint32_t i = 0; i < vocab.size(); ++i) vocab_index.emplace(vocab[i], i);
  cameo_index.clear();
  for (uint32_t i = 0; i < cameo.size(); ++i) cameo_index[cameo[i].code] = i;
  intent_index.clear();
  for (const auto& [root, code] : intent) intent_index[root] = code;
  monarchy_set = {monarchies.begin(), monarchies.end()};
  capital_index.clear();
  for (uint32_t i = 0; i < capitals.size(); ++i) capital_index.emplace(capitals[i].iso3, i);
  furniture_set.clear();
  month_index.clear();
  country_info_index.clear();
  for (uint32_t i = 0; i < country_info.size(); ++i) country_info_index.emplace(country_info[i].iso3, i);
  std::vector<LanguagePack*> packs;
  for (auto& l : langs) packs.push_back(&l);
  packs.push_back(&gazetteer);
  for (LanguagePack* lp : packs) {
    LanguagePack& l = *lp;
    std::vector<std::pair<uint32_t, Candidate>> by_surface, by_stem;
    for (uint32_t p = 0; p < l.patterns.size(); ++p) {
      const auto& elements = l.patterns[p].elements;
      const Element& e = elements.front();
      uint32_t second = elements.size() == 1 ? Candidate::kSingle : kNoId;
      if (elements.size() > 1 && elements[1].surface.size() + elements[1].stem.size() == 1)
        second = elements[1].surface.empty() ? elements[1].stem.front() : elements[1].surface.front();
      for (uint32_t id : e.surface) by_surface.push_back({id, {p, second}});
      for (uint32_t id : e.stem) by_stem.push_back({id, {p, second}});
    }
    l.first_by_surface.Build(std::move(by_surface));
    l.first_by_stem.Build(std::move(by_stem));
    l.lemma_index = {l.lemmas.begin(), l.lemmas.end()};
    l.abbreviation_set = {l.abbreviations.begin(), l.abbreviations.end()};
    furniture_set.insert(l.furniture.begin(), l.furniture.end());
    for (const auto& [name, m] : l.months) month_index.emplace(name, m);
  }
}

}  // namespace lex
}  // namespace dyad
