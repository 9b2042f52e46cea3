// Page layout of extracted text: which lines are the title, a dateline, page
// furniture ("Zoom", "Lees meer", a repeated title) or body text.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dyad::coding {

enum class LineKind { kTitle, kBody, kDateline, kFurniture, kRepeat };

struct PageLine {
  uint32_t begin, end;  // trimmed line, bytes in the text
  LineKind kind;
};

// `furniture`: folded whole lines known as furniture; `is_dateline` tells
// whether a (short) line is only a date. `given_title` is metadata, may be empty.
std::vector<PageLine> LayoutPage(std::string_view text, std::string_view given_title,
                                 const std::unordered_set<std::string>& furniture,
                                 const std::function<std::string(std::string_view)>& fold,
                                 const std::function<bool(std::string_view)>& is_dateline);

}  // namespace dyad::coding
