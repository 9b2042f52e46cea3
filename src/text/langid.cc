#include "text/langid.h"

#include <cld2/public/compact_lang_det.h>

namespace dyad::text {

std::string IdentifyLanguage(std::string_view text, size_t max_bytes) {
  size_t n = text.size() < max_bytes ? text.size() : max_bytes;
  while (n > 0 && n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguage(text.data(), static_cast<int>(n), /*is_plain_text=*/true, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE) return {};
  return CLD2::LanguageCode(lang);
}

}  // namespace dyad::text
