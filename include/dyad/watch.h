// dyad/watch.h — watch rules: saved queries an analyst wants to be alerted on.
//
// A rule is a name and a JSON specification, stored in the store's watch_rules
// table (schema 7). Two kinds:
//
//   {"kind":"events", "roots":["18","19","20"], "located_in":["MLI","NER","BFA"]}
//   {"kind":"events", "actor_names":["Emmanuel Macron"]}
//   {"kind":"goldstein", "dyad":"MAR,FRA", "period":"week", "below":-2}
//
// An events rule matches every event that passes all of its fields: roots,
// located_in, countries (any on either side), actor_names (canonical person
// name on either side, any case), and the single-valued filters of `dyad
// query`: source, target, dyad ("A,B", either direction), root, code,
// quad_class, plover, lang, from, to. A goldstein rule matches each period
// (day, week, month) in which the dyad's mean Goldstein score (both
// directions, every quad class) is below the threshold.
//
//   auto rule = dyad::ParseRule(spec_json);
//   std::vector<dyad::Alert> alerts;
//   dyad::MatchRule(store, stored_rule, rule.value(), /*after_id=*/0, 100, &alerts);
#pragma once

#include <string>
#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad {

struct WatchRule {
  enum class Kind { kEvents, kGoldstein } kind = Kind::kEvents;
  EventSelection selection;  // events: what matches; goldstein: the dyad (source, target, either direction)
  std::string period = "week";
  double below = 0;
};

// Sets one filter of `dyad query` by its name (country, source, target, dyad,
// root, code, quad_class, plover, lang, from, to, in, text), checking the value's
// form. NotFound for a name that is no filter, InvalidInput for a bad value.
// Shared by rule specifications and the HTTP API's parameters.
Status SetFilterField(const std::string& name, const std::string& value, EventFilter* filter);

// Parses and checks a rule specification; errors name the field.
Result<WatchRule> ParseRule(const std::string& spec_json);

struct Alert {
  int64_t rule_id = 0;
  std::string json;  // one JSONL record: {"rule", "name", "kind", ...}
};

// Matches of a rule: for an events rule its events with a row id above
// `after_id`; for a goldstein rule its periods below the threshold (with
// after_id, only the periods that events above after_id fall in). At most `limit`.
Status MatchRule(const Store& store, const StoredRule& stored, const WatchRule& rule, int64_t after_id, size_t limit,
                 std::vector<Alert>* out);

// Periods of a time series as Store::TimeSeries names them: "2024-04-22"
// (day), "2024-W16" (week, SQLite's %W: weeks start on Monday, week 00 holds
// the days before the year's first Monday), "2024-04" (month).
Result<std::string> PeriodOf(const std::string& date, const std::string& period);
// The first and last day (YYYY-MM-DD) of a period name.
Status PeriodRange(const std::string& label, std::string* from, std::string* to);

}  // namespace dyad
