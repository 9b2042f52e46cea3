// dyad/event.h — one coded political event, with its evidence.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad {

// An actor as coded: `code` is the full CAMEO actor code (MARGOV, IGOUNO, FRA).
struct Actor {
  std::string text;     // as written in the article (the span's bytes)
  Span span;
  std::string code;
  std::string country;  // ISO 3166-1 alpha-3, empty if none (IGOs, unresolved)
  std::string sector;   // CAMEO sector (GOV, MIL, COP ...), empty if none
  std::string name;     // canonical person name, empty if not a person
  std::string role;     // the person's office at the event date
};

struct Location {
  std::string name;       // as written
  std::string canonical;  // gazetteer name
  std::string country;    // ISO alpha-3
  std::string admin1;     // GeoNames first-order division code, empty if unknown
  double lat = 0, lon = 0;
  long geonames_id = 0;
  std::string precision;  // "city", "country"
  Span span;
};

struct Event {
  std::string doc_id;
  std::string event_id;      // stable across runs: hash of doc id, code, actors, evidence
  std::string date;          // YYYY-MM-DD, empty if unknown
  std::string date_precision;  // "day", "week" (date = its Monday), "month" (date = its 1st), "unknown"
  std::optional<Span> date_evidence;  // the words that date it ("yesterday", a dateline); none for metadata
  Actor source;
  std::optional<Actor> target;
  std::string cameo;         // "043"
  std::string root;          // "04"
  int quad_class = 0;        // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;
  std::string plover_type;   // "CONSULT"
  std::string plover_mode;
  bool symmetric = false;
  std::optional<Location> location;
  std::string lang;
  int sentence_index = 0;
  Span sentence;
  Span trigger;
  Span evidence;             // from the first to the last token of source, trigger, target
  std::string evidence_text;
  std::string sentence_text;
  int mentions = 1;          // times this event is reported in the document
};

}  // namespace dyad
