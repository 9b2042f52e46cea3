#include "dyad/eval.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <nlohmann/json.hpp>

#include "coding/dates.h"
#include "coding/scratch.h"
#include "dyad/reader.h"

namespace dyad {
namespace {

struct Dyad {
  std::string source, target, root;
  bool symmetric = false;
  const Event* event = nullptr;  // coded: the first event of this dyad
  // gold: when and where (has_* false when the record does not say)
  bool has_date = false, has_place = false;
  std::string date;              // "" = null
  std::optional<Location> place; // name in `canonical` ("" = country level)
};

// A coded date written at its precision, as gold writes it.
std::string AtPrecision(const Event& e) {
  if (e.date.empty() || e.date_precision == "unknown") return "";
  if (e.date_precision == "week") return coding::IsoWeek(e.date);
  if (e.date_precision == "month") return e.date.substr(0, 7);
  if (e.date_precision == "year") return e.date.substr(0, 4);
  return e.date;
}

void ScoreWhenWhere(const Dyad& g, const Event& e, WhenWhereScore* s, std::vector<std::string>* misses,
                    const std::string& id) {
  if (g.has_date) {
    s->dated++;
    std::string d = AtPrecision(e);
    if (d == g.date) s->date_right++;
    else misses->push_back(id + ": date " + (d.empty() ? "null" : d) + " for gold " + (g.date.empty() ? "null" : g.date));
  }
  if (!g.has_place) return;
  const auto& loc = e.location;
  std::string got = loc ? (loc->canonical.empty() ? loc->name : loc->canonical) + "/" + loc->country : "null";
  if (g.place) {
    s->placed++;
    bool right = loc && loc->country == g.place->country &&
                 (g.place->canonical.empty() || loc->canonical == g.place->canonical);
    if (right) s->place_right++;
    else misses->push_back(id + ": place " + got + " for gold " + g.place->canonical + "/" + g.place->country);
  } else {
    s->unplaced++;
    if (!loc) s->unplaced_right++;
    else misses->push_back(id + ": place " + got + " for gold null");
  }
}

std::string Key(const Actor& a) { return a.country.empty() ? a.code : a.country; }

std::string Show(const Dyad& d) { return d.source + "->" + (d.target.empty() ? "-" : d.target) + " " + d.root; }

}  // namespace

Status Evaluate(const Coder& coder, const std::string& gold_path, EvalReport* report) {
  std::ifstream in(gold_path);
  if (!in) return IoError("cannot open gold file").At(gold_path);
  DocumentReader reader;
  auto scratch = coder.NewScratch();
  std::string line;
  long number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto doc = reader.FromJsonLine(line, gold_path, number);
    if (!doc.ok()) { report->errors.push_back(doc.status()); continue; }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.contains("events") || !j["events"].is_array()) {
      report->errors.push_back(InvalidInput("gold record without an events array").At(gold_path, number, "events"));
      continue;
    }
    std::vector<Dyad> gold;
    bool bad = false;
    for (const auto& g : j["events"]) {
      Dyad d;
      if (!g.is_object() || !g.contains("source") || !g["source"].is_string() || !g.contains("root") ||
          !g["root"].is_string()) {
        bad = true;
        break;
      }
      d.source = g["source"];
      d.target = g.contains("target") && g["target"].is_string() ? g["target"].get<std::string>() : "";
      d.root = g["root"];
      d.symmetric = g.value("symmetric", false);
      if (g.contains("event_date")) {
        d.has_date = true;
        if (g["event_date"].is_string()) d.date = g["event_date"];
      }
      if (g.contains("place")) {
        d.has_place = true;
        const auto& pl = g["place"];
        if (pl.is_object() && pl.contains("country") && pl["country"].is_string()) {
          d.place = Location{};
          d.place->country = pl["country"];
          if (pl.contains("name") && pl["name"].is_string()) d.place->canonical = pl["name"];
        }
      }
      gold.push_back(d);
    }
    if (bad) {
      report->errors.push_back(InvalidInput("gold event needs string source and root").At(gold_path, number, "events"));
      continue;
    }
    CodedDocument coded;
    Status s = coder.Code(doc.value(), *scratch, &coded);
    if (!s.ok()) { report->errors.push_back(s); continue; }
    std::vector<Dyad> pred;
    for (const Event& e : coded.events) {
      Dyad d;
      d.source = Key(e.source);
      d.target = e.target ? Key(*e.target) : "";
      d.root = e.root;
      d.symmetric = e.symmetric;
      d.event = &e;
      bool dup = std::any_of(pred.begin(), pred.end(), [&](const Dyad& p) {
        return p.source == d.source && p.target == d.target && p.root == d.root;
      });
      if (!dup) pred.push_back(d);
    }
    std::string lang = doc->lang.empty() ? coded.lang : doc->lang;
    Score score;
    score.docs = 1;
    std::vector<bool> used(pred.size(), false);
    std::map<std::string, Score> roots;
    WhenWhereScore ww;
    for (const Dyad& g : gold) {
      bool hit = false;
      for (size_t i = 0; i < pred.size(); ++i) {
        const Dyad& p = pred[i];
        bool same = p.source == g.source && p.target == g.target;
        bool swapped = g.symmetric && p.source == g.target && p.target == g.source;
        if (p.root == g.root && (same || swapped)) {
          if (!hit) ScoreWhenWhere(g, *p.event, &ww, &report->misses, doc->id);
          used[i] = true;
          hit = true;
        }
      }
      (hit ? score.tp : score.fn)++;
      (hit ? roots[g.root].tp : roots[g.root].fn)++;
      if (!hit) report->misses.push_back(doc->id + ": missed " + Show(g));
    }
    for (size_t i = 0; i < pred.size(); ++i) {
      if (used[i]) continue;
      score.fp++;
      roots[pred[i].root].fp++;
      report->misses.push_back(doc->id + ": extra " + Show(pred[i]));
    }
    report->by_lang[lang].Add(score);
    report->overall.Add(score);
    report->when_where_by_lang[lang].Add(ww);
    report->when_where.Add(ww);
    for (const auto& [r, sc] : roots) report->by_root[r].Add(sc);
  }
  return Status::Ok();
}

}  // namespace dyad
