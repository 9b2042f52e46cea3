#include "dyad/watch.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <set>

namespace dyad {
namespace {

using json = nlohmann::ordered_json;  // fields in the order written: readable answers
namespace chr = std::chrono;

bool AllOf(const std::string& v, size_t min, size_t max, bool (*ok)(char)) {
  return v.size() >= min && v.size() <= max && std::all_of(v.begin(), v.end(), ok);
}
bool Upper(char c) { return c >= 'A' && c <= 'Z'; }
bool UpperOrDigit(char c) { return Upper(c) || (c >= '0' && c <= '9'); }
bool Digit(char c) { return c >= '0' && c <= '9'; }
bool Lower(char c) { return c >= 'a' && c <= 'z'; }
bool PloverChar(char c) { return Upper(c) || c == '_'; }

std::optional<chr::year_month_day> ParseDate(const std::string& v) {
  if (v.size() != 10 || v[4] != '-' || v[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!Digit(v[i])) return std::nullopt;
  chr::year_month_day d{chr::year(std::stoi(v.substr(0, 4))), chr::month(std::stoi(v.substr(5, 2))),
                        chr::day(std::stoi(v.substr(8, 2)))};
  if (!d.ok()) return std::nullopt;
  return d;
}

std::string Format(chr::year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

Status Bad(const std::string& field, const std::string& what, const std::string& value) {
  return InvalidInput(field + ": " + what + ", not " + QuoteBytes(value));
}

bool IsRoot(const std::string& v) { return AllOf(v, 2, 2, Digit) && v >= "01" && v <= "20"; }

}  // namespace

Status SetFilterField(const std::string& name, const std::string& v, EventFilter* f) {
  auto actor = [&](std::string* dest) {
    if (!AllOf(v, 3, 32, UpperOrDigit)) return Bad(name, "a country (MAR) or actor code (MARGOV)", v);
    *dest = v;
    return Status::Ok();
  };
  if (name == "country") return actor(&f->country);
  if (name == "source") return actor(&f->source);
  if (name == "target") return actor(&f->target);
  if (name == "dyad") {
    size_t comma = v.find(',');
    std::string a = v.substr(0, comma), b = comma == std::string::npos ? "" : v.substr(comma + 1);
    if (!AllOf(a, 3, 32, UpperOrDigit) || !AllOf(b, 3, 32, UpperOrDigit))
      return Bad(name, "two countries or actor codes A,B", v);
    f->source = a;
    f->target = b;
    f->either_direction = true;
    return Status::Ok();
  }
  if (name == "root") {
    if (!IsRoot(v)) return Bad(name, "a CAMEO root 01-20", v);
    f->root = v;
    return Status::Ok();
  }
  if (name == "code") {
    if (!AllOf(v, 2, 4, Digit)) return Bad(name, "a CAMEO code of 2-4 digits", v);
    f->code = v;
    return Status::Ok();
  }
  if (name == "quad_class" || name == "quad") {
    if (v.size() != 1 || v[0] < '1' || v[0] > '4') return Bad(name, "a quad class 1-4", v);
    f->quad_class = v[0] - '0';
    return Status::Ok();
  }
  if (name == "plover") {
    if (!AllOf(v, 2, 32, PloverChar)) return Bad(name, "a PLOVER type such as CONSULT", v);
    f->plover_type = v;
    return Status::Ok();
  }
  if (name == "lang") {
    if (!AllOf(v, 2, 3, Lower)) return Bad(name, "an ISO 639-1 language code", v);
    f->lang = v;
    return Status::Ok();
  }
  if (name == "from" || name == "to") {
    if (!ParseDate(v)) return Bad(name, "a date YYYY-MM-DD", v);
    (name == "from" ? f->from : f->to) = v;
    return Status::Ok();
  }
  if (name == "in") {
    if (!AllOf(v, 3, 3, Upper)) return Bad(name, "a country (ISO alpha-3)", v);
    f->location_country = v;
    return Status::Ok();
  }
  if (name == "sector") {
    if (!AllOf(v, 3, 3, Upper)) return Bad(name, "an actor sector such as GOV or MIL", v);
    f->sector = v;
    return Status::Ok();
  }
  if (name == "actor" || name == "place") {
    if (v.empty() || v.size() > 200) return Bad(name, name == "actor" ? "an actor code or a name of 1-200 bytes"
                                                                       : "a place name of 1-200 bytes", v);
    (name == "actor" ? f->actor : f->place) = v;
    return Status::Ok();
  }
  if (name == "text") {
    if (v.empty() || v.size() > 500) return Bad(name, "a full-text query of 1-500 bytes", v);
    f->text = v;
    return Status::Ok();
  }
  return NotFound("unknown filter '" + name + "'");
}

Result<WatchRule> ParseRule(const std::string& spec) {
  json j = json::parse(spec, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return InvalidInput("rule: not a JSON object");
  WatchRule rule;
  auto kind = j.find("kind");
  if (kind == j.end() || !kind->is_string()) return InvalidInput("rule: kind: \"events\" or \"goldstein\" is required");
  if (*kind == "goldstein") rule.kind = WatchRule::Kind::kGoldstein;
  else if (*kind != "events") return InvalidInput("rule: kind: \"events\" or \"goldstein\", not " + kind->dump());
  bool has_below = false;
  size_t conditions = 0;
  for (auto& [key, value] : j.items()) {
    if (key == "kind" || key == "name") continue;
    std::string field = "rule: " + key;
    if (key == "roots" || key == "located_in" || key == "countries" || key == "actor_names") {
      if (rule.kind != WatchRule::Kind::kEvents) return InvalidInput(field + ": only for events rules");
      if (!value.is_array() || value.empty() || value.size() > 50)
        return InvalidInput(field + ": a list of 1-50 strings");
      auto* list = key == "roots"        ? &rule.selection.roots
                   : key == "located_in" ? &rule.selection.located_in
                   : key == "countries"  ? &rule.selection.countries
                                         : &rule.selection.actor_names;
      for (const auto& item : value) {
        if (!item.is_string()) return InvalidInput(field + ": a list of strings");
        std::string v = item.get<std::string>();
        bool ok = key == "roots" ? IsRoot(v) : key == "actor_names" ? !v.empty() && v.size() <= 200
                                                                    : AllOf(v, 3, 3, Upper);
        if (!ok) return Bad(field, key == "roots" ? "CAMEO roots 01-20" : key == "actor_names" ? "names" : "countries (ISO alpha-3)", v);
        list->push_back(v);
      }
      ++conditions;
      continue;
    }
    if (key == "period") {
      if (!value.is_string() || (value != "day" && value != "week" && value != "month"))
        return InvalidInput(field + ": day, week or month");
      rule.period = value.get<std::string>();
      continue;
    }
    if (key == "below") {
      if (!value.is_number()) return InvalidInput(field + ": a number (mean Goldstein, -10 to 10)");
      rule.below = value.get<double>();
      has_below = true;
      continue;
    }
    std::string v = value.is_string() ? value.get<std::string>() : value.is_number_integer() ? value.dump() : "";
    if (v.empty()) return InvalidInput(field + ": a string");
    Status s = SetFilterField(key, v, &rule.selection.filter);
    if (s.code() == StatusCode::kNotFound) return InvalidInput("rule: unknown field '" + key + "'");
    if (!s.ok()) return InvalidInput("rule: " + s.message());
    ++conditions;
  }
  if (rule.kind == WatchRule::Kind::kGoldstein) {
    const EventFilter& f = rule.selection.filter;
    if (!f.either_direction || !has_below) return InvalidInput("rule: a goldstein rule needs dyad \"A,B\" and below");
  } else if (!conditions) {
    return InvalidInput("rule: an events rule needs at least one condition");
  }
  return rule;
}

Result<std::string> PeriodOf(const std::string& date, const std::string& period) {
  auto d = ParseDate(date);
  if (!d) return Bad("date", "YYYY-MM-DD", date);
  if (period == "day") return date;
  if (period == "month") return date.substr(0, 7);
  if (period != "week") return Bad("period", "day, week or month", period);
  chr::sys_days day{*d}, jan1{d->year() / chr::January / 1};
  int yday = static_cast<int>((day - jan1).count());
  int monday_based = static_cast<int>((chr::weekday(day).c_encoding() + 6) % 7);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s-W%02d", date.substr(0, 4).c_str(), (yday + 7 - monday_based) / 7);
  return std::string(buf);
}

Status PeriodRange(const std::string& label, std::string* from, std::string* to) {
  if (auto d = ParseDate(label)) {
    *from = *to = label;
    return Status::Ok();
  }
  if (label.size() >= 7 && AllOf(label.substr(0, 4), 4, 4, Digit)) {
    chr::year y{std::stoi(label.substr(0, 4))};
    if (label.size() == 7 && label[4] == '-' && AllOf(label.substr(5), 2, 2, Digit)) {
      chr::month m(std::stoi(label.substr(5)));
      if (m.ok()) {
        *from = Format(y / m / 1);
        *to = Format(chr::year_month_day{y / m / chr::last});
        return Status::Ok();
      }
    }
    if (label.size() == 8 && label.substr(4, 2) == "-W" && AllOf(label.substr(6), 2, 2, Digit)) {
      int week = std::stoi(label.substr(6));
      chr::sys_days jan1{y / chr::January / 1}, dec31{y / chr::December / 31};
      int monday_based = static_cast<int>((chr::weekday(jan1).c_encoding() + 6) % 7);
      chr::sys_days first_monday = jan1 + chr::days((7 - monday_based) % 7);
      chr::sys_days start = week == 0 ? jan1 : first_monday + chr::days(7 * (week - 1));
      chr::sys_days end = week == 0 ? first_monday - chr::days(1) : std::min(start + chr::days(6), dec31);
      if (start <= end && start <= dec31) {
        *from = Format(chr::year_month_day{start});
        *to = Format(chr::year_month_day{end});
        return Status::Ok();
      }
    }
  }
  return Bad("period", "a day (2024-04-22), week (2024-W16) or month (2024-04)", label);
}

Status MatchRule(const Store& store, const StoredRule& stored, const WatchRule& rule, int64_t after_id, size_t limit,
                 std::vector<Alert>* out) {
  json head = {{"rule", stored.id}, {"name", stored.name}};
  auto dump = [](const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); };
  if (rule.kind == WatchRule::Kind::kEvents) {
    EventSelection sel = rule.selection;
    sel.after_id = after_id;
    sel.filter.limit = limit;
    std::vector<EventRow> rows;
    DYAD_RETURN_IF_ERROR(store.Select(sel, &rows));
    for (const auto& r : rows) {
      json a = head;
      a["kind"] = "event";
      a["id"] = r.row_id;
      a["document"] = r.document;
      a["doc_id"] = r.doc_id;
      a["url"] = r.url;
      a["event"] = json::parse(r.json, nullptr, false);
      if (a["event"].is_discarded()) a["event"] = nullptr;
      out->push_back({stored.id, dump(a)});
    }
    return Status::Ok();
  }
  // Goldstein: the mean over every quad class of each period, both directions.
  std::vector<SeriesPoint> points;
  DYAD_RETURN_IF_ERROR(store.TimeSeries(rule.selection.filter, rule.period, &points));
  std::map<std::string, std::pair<size_t, double>> periods;  // events, Goldstein sum
  for (const auto& p : points) {
    auto& [n, sum] = periods[p.period];
    n += p.events;
    sum += p.mean_goldstein * static_cast<double>(p.events);
  }
  std::set<std::string> touched;  // with after_id: the periods new events fall in
  if (after_id) {
    EventSelection sel = rule.selection;
    sel.after_id = after_id;
    sel.filter.limit = 100000;
    std::vector<EventRow> rows;
    DYAD_RETURN_IF_ERROR(store.Select(sel, &rows));
    for (const auto& r : rows) {
      auto p = PeriodOf(r.date, rule.period);
      if (p.ok()) touched.insert(p.value());
    }
  }
  const EventFilter& f = rule.selection.filter;
  for (const auto& [period, agg] : periods) {
    if (out->size() >= limit) break;
    double mean = agg.first ? agg.second / static_cast<double>(agg.first) : 0;
    if (!agg.first || mean >= rule.below || (after_id && !touched.count(period))) continue;
    json a = head;
    a["kind"] = "goldstein";
    a["dyad"] = f.source + "," + f.target;
    a["period"] = period;
    std::string from, to;
    if (PeriodRange(period, &from, &to).ok()) {
      a["from"] = from;
      a["to"] = to;
    }
    a["events"] = agg.first;
    a["mean_goldstein"] = std::round(mean * 1000) / 1000;
    a["below"] = rule.below;
    out->push_back({stored.id, dump(a)});
  }
  return Status::Ok();
}

}  // namespace dyad
