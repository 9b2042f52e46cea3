#include "store/event_json.h"

#include <cstdio>
#include <utility>

#include "dyad/emit.h"

namespace dyad::store {
namespace {

// As EventToJsonLine escapes strings.
void AppendJsonString(std::string* out, std::string_view v) {
  out->push_back('"');
  for (char c : v) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"') *out += "\\\"";
    else if (c == '\\') *out += "\\\\";
    else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      *out += buf;
    } else out->push_back(c);
  }
  out->push_back('"');
}

// Reads `"key":<digits>` at *pos; advances past it.
bool ReadInt(std::string_view s, size_t* pos, std::string_view key, size_t* value) {
  if (s.substr(*pos, key.size()) != key) return false;
  size_t p = *pos + key.size(), v = 0, digits = 0;
  for (; p < s.size() && s[p] >= '0' && s[p] <= '9' && digits < 18; ++p, ++digits) v = v * 10 + (s[p] - '0');
  if (!digits) return false;
  *pos = p;
  *value = v;
  return true;
}

// The record with the empty string `""` at `at` replaced by content[start, end).
std::string Filled(std::string_view json, size_t at, std::string_view content, size_t start, size_t end) {
  std::string out;
  out.reserve(json.size() + end - start + 16);
  out.append(json.substr(0, at));
  AppendJsonString(&out, content.substr(start, end - start));
  out.append(json.substr(at + 2));
  return out;
}

}  // namespace

std::string StoredEventJson(Event& e) {
  std::string sentence, evidence;
  std::swap(sentence, e.sentence_text);
  std::swap(evidence, e.evidence_text);
  std::string json = EventToJsonLine(e);
  std::swap(sentence, e.sentence_text);
  std::swap(evidence, e.evidence_text);
  return json;
}

void RestoreEventJson(std::string* json, std::string_view content) {
  std::string_view s = *json;
  // Keys are only found outside strings: a quote inside a string is escaped.
  size_t p = s.find("\"sentence\":{\"index\":");
  if (p != std::string_view::npos) {
    p = s.find(',', p);
    size_t start = 0, end = 0;
    constexpr std::string_view kText = ",\"text\":\"\"}";
    if (p != std::string_view::npos && ReadInt(s, &p, ",\"start\":", &start) && ReadInt(s, &p, ",\"end\":", &end) &&
        s.substr(p, kText.size()) == kText && start <= end && end <= content.size()) {
      *json = Filled(s, p + kText.size() - 3, content, start, end);
      s = *json;
    }
  }
  constexpr std::string_view kEvidence = "\"evidence\":{\"text\":\"\"";
  p = s.rfind(kEvidence);
  if (p != std::string_view::npos) {
    size_t q = p + kEvidence.size(), start = 0, end = 0;
    if (ReadInt(s, &q, ",\"start\":", &start) && ReadInt(s, &q, ",\"end\":", &end) && start <= end &&
        end <= content.size())
      *json = Filled(s, p + kEvidence.size() - 2, content, start, end);
  }
}

}  // namespace dyad::store
