#include "dyad/eval.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "coding/scratch.h"
#include "dyad/reader.h"

namespace dyad {
namespace {

struct Dyad {
  std::string source, target, root;
  bool symmetric = false;
};

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
      Dyad d{Key(e.source), e.target ? Key(*e.target) : "", e.root, e.symmetric};
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
    for (const Dyad& g : gold) {
      bool hit = false;
      for (size_t i = 0; i < pred.size(); ++i) {
        const Dyad& p = pred[i];
        bool same = p.source == g.source && p.target == g.target;
        bool swapped = g.symmetric && p.source == g.target && p.target == g.source;
        if (p.root == g.root && (same || swapped)) { used[i] = true; hit = true; }
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
    for (const auto& [r, sc] : roots) report->by_root[r].Add(sc);
  }
  return Status::Ok();
}

}  // namespace dyad
