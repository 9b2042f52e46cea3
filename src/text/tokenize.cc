#include "text/tokenize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/utf8.h"

namespace dyad::text {
namespace {

bool IsWordChar(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  int32_t mask = U_GET_GC_MASK(static_cast<UChar32>(cp));
  // Letters, marks (Arabic harakat, combining accents), decimal digits; the
  // Arabic tatweel (Lm) is a letter modifier and stays inside words too.
  return (mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) != 0;
}

bool IsSpace(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0;
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0x200B || cp == 0xFEFF || cp == 0x00AD ||
         cp == 0x200E || cp == 0x200F;
}

}  // namespace

void Tokenize(std::string_view s, uint32_t base, std::vector<RawToken>* out) {
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    uint32_t cp = NextCodePoint(s, i);
    if (IsSpace(cp)) continue;
    RawToken t;
    t.begin = base + static_cast<uint32_t>(start);
    if (IsWordChar(cp)) {
      t.word = true;
      // A script without case (Arabic) gives no capital to mark names: every word may start one.
      t.upper = cp < 0x80 ? (cp >= 'A' && cp <= 'Z')
                          : u_isupper(static_cast<UChar32>(cp)) ||
                                (u_isalpha(static_cast<UChar32>(cp)) && !u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_CASED));
      t.digit = cp < 0x80 ? (cp >= '0' && cp <= '9') : u_isdigit(static_cast<UChar32>(cp));
      size_t j = i;
      while (j < s.size()) {
        size_t k = j;
        uint32_t next = NextCodePoint(s, k);
        if (!IsWordChar(next)) break;
        j = k;
      }
      i = j;
    }
    t.end = base + static_cast<uint32_t>(i);
    out->push_back(t);
  }
}

void Fold(std::string_view s, std::string* out) {
  out->clear();
  bool ascii = true;
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) { ascii = false; break; }
  }
  if (ascii) {
    out->reserve(s.size());
    for (char c : s) out->push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
    return;
  }
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(err);
  if (U_FAILURE(err)) { out->assign(s); return; }
  icu::UnicodeString src = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString dst = nfkc_cf->normalize(src, err);
  if (U_FAILURE(err)) { out->assign(s); return; }
  // Typographic apostrophes fold to ASCII so "l’Union" keys like "l'Union".
  dst.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString("'"));
  dst.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2018)), icu::UnicodeString("'"));
  dst.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x02BC)), icu::UnicodeString("'"));
  dst.toUTF8String(*out);
  // Arabic short vowels, shadda, sukun, dagger alef (U+064B..U+065F, U+0670) and tatweel (U+0640)
  // are optional in print: "وقّعت" keys like "وقعت", "عُمانية" like "عمانية".
  size_t w = 0;
  for (size_t r = 0; r < out->size(); ++r) {
    unsigned char c = static_cast<unsigned char>((*out)[r]);
    if (c == 0xD9 && r + 1 < out->size()) {
      unsigned char d = static_cast<unsigned char>((*out)[r + 1]);
      if ((d >= 0x8B && d <= 0x9F) || d == 0xB0 || d == 0x80) { ++r; continue; }
    }
    (*out)[w++] = (*out)[r];
  }
  out->resize(w);
}

}  // namespace dyad::text
