// Language identification with CLD2 on a prefix of the text.
#pragma once

#include <string>
#include <string_view>

namespace dyad::text {

// ISO 639-1 code ("nl", "fr") or "" when CLD2 cannot tell. Looks at most at
// the first `max_bytes` (cut at a UTF-8 boundary): CLD2 is the slowest stage.
std::string IdentifyLanguage(std::string_view text, size_t max_bytes = 2048);

}  // namespace dyad::text
