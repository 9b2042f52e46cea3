// The event record as the store keeps it: EventToJsonLine without the
// sentence and evidence texts, which are byte spans of the event's first
// document and are put back from its content when the record is read
// (they made up a third of each stored record and of the writer's time).
#pragma once

#include <string>
#include <string_view>

#include "dyad/event.h"

namespace dyad::store {

// EventToJsonLine(e) with "sentence" and "evidence" texts empty.
std::string StoredEventJson(Event& e);
// Fills the empty sentence and evidence texts of a stored record from the
// content of its first document; a record that has them is left as it is.
void RestoreEventJson(std::string* json, std::string_view content);

}  // namespace dyad::store
