#include "dyad/status.h"

#include <cstdio>

namespace dyad {

std::string Status::ToString() const {
  std::string out;
  if (!file_.empty()) {
    out += file_;
    if (line_ > 0) { out += ':'; out += std::to_string(line_); }
    out += ": ";
  }
  if (!field_.empty()) out += field_ + ": ";
  out += message_.empty() ? std::string("ok") : message_;
  return out;
}

std::string QuoteBytes(std::string_view bytes, size_t max) {
  std::string out = "\"";
  size_t n = bytes.size() < max ? bytes.size() : max;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  out += "\"";
  if (bytes.size() > n) out += "...";
  return out;
}

}  // namespace dyad
