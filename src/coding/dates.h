// Calendar dates from metadata and datelines, in any language whose month
// names the lexicon knows.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/tokenize.h"

namespace dyad::coding {

// "2024-04-22", "2024-04-22T21:45:00Z" -> "2024-04-22"; "" if not a valid date.
std::string IsoDate(std::string_view s);

// First date written in `tokens` of `text`: "22 April 2024", "April 22, 2024",
// "22 avril 2024", "22.04.2024", "22/04/2024", "2024-04-22". `fold` folds a
// token; `months` maps folded month names to 1..12.
std::string FindDate(std::string_view text, const std::vector<text::RawToken>& tokens,
                     const std::unordered_map<std::string, uint32_t>& months,
                     const std::function<std::string(std::string_view)>& fold);

}  // namespace dyad::coding
