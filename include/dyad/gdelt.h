// dyad/gdelt.h — stored events as GDELT 2.0 event records: 61 tab-separated
// columns with GDELT's semantics (mapping in docs/gdelt.md).
#pragma once

#include <string>
#include <vector>

#include "dyad/lexicon.h"
#include "dyad/store.h"

namespace dyad {

// The 61 column names, in order.
const std::vector<std::string>& GdeltColumns();

// One event as a GDELT 2.0 export line (no trailing newline). Country codes
// of the geography blocks are FIPS 10-4, as in GDELT, from the lexicon's
// country table; actor country codes are ISO alpha-3 (CAMEO country codes).
std::string GdeltEventRow(const StoredEvent& event, const Lexicon& lexicon);

}  // namespace dyad
