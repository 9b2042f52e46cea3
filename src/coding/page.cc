#include "coding/page.h"

namespace dyad::coding {
namespace {

bool IsTrimChar(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '"' || c == '\''; }

// Folded text with runs of spaces and quotes collapsed, to compare lines.
std::string Key(std::string_view s, const std::function<std::string(std::string_view)>& fold) {
  std::string f = fold(s), out;
  out.reserve(f.size());  // one allocation, not one per doubling
  bool space = false;
  for (char c : f) {
    if (c == ' ' || c == '\t' || c == '"') { space = !out.empty(); continue; }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool EndsSentence(std::string_view s) {
  char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

}  // namespace

std::vector<PageLine> LayoutPage(std::string_view text, std::string_view given_title,
                                 const std::unordered_set<std::string>& furniture,
                                 const std::function<std::string(std::string_view)>& fold,
                                 const std::function<bool(std::string_view)>& is_dateline) {
  std::vector<PageLine> lines;
  std::unordered_set<std::string> seen;
  std::string title_key = given_title.empty() ? std::string() : Key(given_title, fold);
  bool have_title = false, have_body = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    uint32_t b = static_cast<uint32_t>(pos), e = static_cast<uint32_t>(nl);
    pos = nl + 1;
    while (b < e && IsTrimChar(text[b])) ++b;
    while (e > b && IsTrimChar(text[e - 1])) --e;
    if (b == e) continue;
    std::string_view line = text.substr(b, e - b);
    // Furniture, datelines and titles are short; a long line is compared as written.
    std::string key = line.size() <= 200 ? Key(line, fold) : std::string(line);
    LineKind kind = LineKind::kBody;
    if (furniture.count(key) || key.size() <= 2) {
      kind = LineKind::kFurniture;
    } else if (!seen.insert(key).second) {
      kind = LineKind::kRepeat;  // a doubled title or a repeated teaser
    } else if (line.size() <= 80 && is_dateline(line)) {
      kind = LineKind::kDateline;
    } else if (!have_title && !have_body &&
               ((!title_key.empty() && key == title_key) ||
                (title_key.empty() && line.size() <= 200 && !EndsSentence(line)))) {
      kind = LineKind::kTitle;
      have_title = true;
    } else {
      have_body = true;
    }
    lines.push_back({b, e, kind});
  }
  return lines;
}

}  // namespace dyad::coding
