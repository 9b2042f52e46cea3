#include "dyad/gdelt.h"

#include <nlohmann/json.hpp>

#include "lexicon/model.h"

namespace dyad {
namespace {

using nlohmann::json;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  std::string s(buf);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string Clean(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

const lex::CountryInfo* Country(const lex::LexiconData& d, const std::string& iso3) {
  auto it = d.country_info_index.find(iso3);
  return it == d.country_info_index.end() ? nullptr : &d.country_info[it->second];
}

// Actor block: Code, Name, CountryCode, KnownGroupCode, EthnicCode,
// Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.
void ActorBlock(const json& a, std::vector<std::string>& out) {
  if (!a.is_object()) { out.insert(out.end(), 10, ""); return; }
  std::string code = Str(a, "code"), name = Str(a, "name");
  if (name.empty()) name = Str(a, "text");
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  bool igo = code.rfind("IGO", 0) == 0;
  out.push_back(code);
  out.push_back(Clean(name));
  out.push_back(Str(a, "country"));
  out.push_back(igo && code.size() >= 6 ? code.substr(code.size() - 3) : "");  // IGOUNO -> UNO
  out.push_back("");
  out.push_back("");
  out.push_back("");
  out.push_back(igo ? "IGO" : Str(a, "sector"));
  out.push_back("");
  out.push_back("");
}

// Geography block: Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID.
void CountryGeo(const lex::LexiconData& d, const std::string& iso3, std::vector<std::string>& out) {
  const lex::CountryInfo* c = iso3.empty() ? nullptr : Country(d, iso3);
  if (!c || c->fips.empty()) { out.insert(out.end(), 8, ""); return; }
  // Type 1 (country); no coordinates: dyad has no country centroids.
  out.insert(out.end(), {"1", c->name, c->fips, c->fips, "", "", "", c->fips});
}

void PlaceGeo(const lex::LexiconData& d, const json& loc, std::vector<std::string>& out) {
  if (!loc.is_object()) { out.insert(out.end(), 8, ""); return; }
  if (Str(loc, "precision") == "country") return CountryGeo(d, Str(loc, "country"), out);
  const lex::CountryInfo* c = Country(d, Str(loc, "country"));
  std::string fips = c ? c->fips : "";
  std::string name = Str(loc, "canonical").empty() ? Str(loc, "name") : Str(loc, "canonical");
  if (c) name += ", " + c->name;
  std::string admin1 = Str(loc, "admin1");
  out.push_back("4");  // WORLDCITY
  out.push_back(Clean(name));
  out.push_back(fips);
  out.push_back(admin1.empty() ? fips : fips + admin1);
  out.push_back("");
  out.push_back(Num(loc.value("lat", 0.0)));
  out.push_back(Num(loc.value("lon", 0.0)));
  out.push_back(loc.value("geonames_id", 0) ? std::to_string(loc.value("geonames_id", 0L)) : "");
}

}  // namespace

const std::vector<std::string>& GdeltColumns() {
  static const std::vector<std::string> kColumns = [] {
    std::vector<std::string> c = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"};
    for (const char* actor : {"Actor1", "Actor2"})
      for (const char* f : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                            "Religion2Code", "Type1Code", "Type2Code", "Type3Code"})
        c.push_back(std::string(actor) + f);
    for (const char* f : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"})
      c.push_back(f);
    for (const char* geo : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"})
      for (const char* f : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"})
        c.push_back(std::string(geo) + f);
    c.push_back("DATEADDED");
    c.push_back("SOURCEURL");
    return c;
  }();
  return kColumns;
}

std::string GdeltEventRow(const StoredEvent& e, const Lexicon& lexicon) {
  const lex::LexiconData& d = lexicon.data();
  json j = json::parse(e.json, nullptr, false);
  if (!j.is_object()) j = json::object();
  std::vector<std::string> out;
  out.reserve(61);
  out.push_back(std::to_string(e.row_id));
  std::string date = Str(j, "date");
  std::string ymd = date.size() == 10 ? date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2) : "";
  out.push_back(ymd);
  out.push_back(ymd.size() == 8 ? ymd.substr(0, 6) : "");
  out.push_back(ymd.size() == 8 ? ymd.substr(0, 4) : "");
  if (ymd.size() == 8) {
    int y = std::stoi(ymd.substr(0, 4)), m = std::stoi(ymd.substr(4, 2)), day = std::stoi(ymd.substr(6, 2));
    out.push_back(Num(y + ((m - 1) * 30 + day) / 365.0));  // GDELT's approximation
  } else {
    out.push_back("");
  }
  ActorBlock(j.value("source", json()), out);
  ActorBlock(j.value("target", json()), out);
  std::string code = Str(j, "cameo");
  const json& sentence = j.value("sentence", json::object());
  out.push_back(sentence.is_object() && sentence.value("index", 99) <= 1 ? "1" : "0");  // in the lead
  out.push_back(code);
  out.push_back(code.substr(0, 3));
  out.push_back(code.substr(0, 2));
  out.push_back(std::to_string(j.value("quad_class", 0)));
  out.push_back(Num(j.value("goldstein", 0.0)));
  out.push_back(std::to_string(e.num_mentions));
  out.push_back(std::to_string(e.num_sources));
  out.push_back(std::to_string(e.num_articles));
  out.push_back("0");  // AvgTone: dyad does not score tone
  const json& src = j.value("source", json());
  const json& tgt = j.value("target", json());
  CountryGeo(d, src.is_object() ? Str(src, "country") : "", out);
  CountryGeo(d, tgt.is_object() ? Str(tgt, "country") : "", out);
  PlaceGeo(d, j.value("location", json()), out);
  out.push_back(e.ingested_at);
  out.push_back(Clean(e.url.empty() ? e.doc_id : e.url));
  std::string line;
  for (size_t i = 0; i < out.size(); ++i) {
    if (i) line += '\t';
    line += out[i];
  }
  return line;
}

}  // namespace dyad
