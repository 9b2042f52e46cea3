// HTML to main text: gumbo parses; navigation, scripts, share bars, related
// links and cookie banners are dropped; block elements become line breaks.
// Title and publication date are read from the page's metadata.
#pragma once

#include <string>
#include <string_view>

#include "dyad/status.h"
#include "extract/offset_map.h"

namespace dyad::extract {

struct Extracted {
  std::string text;       // main text, lines separated by '\n'
  OffsetMap map;          // text positions -> HTML byte offsets
  std::string title;      // og:title, else <h1>, else <title>
  std::string published;  // article:published_time, datePublished, <time datetime>
};

Result<Extracted> ExtractHtml(std::string_view html);

}  // namespace dyad::extract
