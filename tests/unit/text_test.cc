#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/segment.h"
#include "text/tokenize.h"
#include "text/utf8.h"

namespace dyad::text {
namespace {

std::vector<std::string> Tokens(std::string_view s) {
  std::vector<RawToken> toks;
  Tokenize(s, 0, &toks);
  std::vector<std::string> out;
  for (const auto& t : toks) out.emplace_back(s.substr(t.begin, t.end - t.begin));
  return out;
}

TEST(Tokenize, Table) {
  struct Case { std::string in; std::vector<std::string> want; };
  const Case cases[] = {
      {"l'Union européenne", {"l", "'", "Union", "européenne"}},
      {"Rabat-buurman April,", {"Rabat", "-", "buurman", "April", ","}},
      {"didn't meet", {"didn", "'", "t", "meet"}},
      {"U.S. troops", {"U", ".", "S", ".", "troops"}},
      {"  \t\n", {}},
      {"وزير الداخلية", {"وزير", "الداخلية"}},
      {"22.04.2024", {"22", ".", "04", ".", "2024"}},
      {"\"Abdel Wafi Laftit\",", {"\"", "Abdel", "Wafi", "Laftit", "\"", ","}},
  };
  for (const auto& c : cases) EXPECT_EQ(Tokens(c.in), c.want) << c.in;
}

TEST(Tokenize, OffsetsAreBytesShiftedByBase) {
  std::vector<RawToken> toks;
  Tokenize("é b", 100, &toks);
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(toks[0].begin, 100u);
  EXPECT_EQ(toks[0].end, 102u);  // é is two bytes
  EXPECT_EQ(toks[1].begin, 103u);
  EXPECT_TRUE(toks[0].word);
}

TEST(Fold, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"Gérald", "gérald"}, {"MAROKKO", "marokko"}, {"Straße", "strasse"},
      {"l’Union", "l'union"}, {"ﬁn", "fin"}, {"Ḉ", "ḉ"},
      {"وقّعت", "وقعت"}, {"اعتُقل", "اعتقل"}, {"غداً", "غدا"}, {"مصـــر", "مصر"}, {"عُمانية", "عمانية"},
  };
  std::string out;
  for (const auto& [in, want] : cases) {
    Fold(in, &out);
    EXPECT_EQ(out, want) << in;
  }
}

TEST(Utf8, FindsFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("abc"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xff"), 2u);
  EXPECT_EQ(FindInvalidUtf8("\xc3"), 0u);            // truncated
  EXPECT_EQ(FindInvalidUtf8("\xc0\xaf"), 0u);        // overlong
  EXPECT_EQ(FindInvalidUtf8("\xed\xa0\x80"), 0u);    // surrogate
  EXPECT_EQ(FindInvalidUtf8("é€𝄞"), std::string_view::npos);
}

TEST(SentenceSplitter, AbbreviationsAndInitialsDoNotBreak) {
  SentenceSplitter split;
  std::unordered_set<std::string> abbr = {"dhr.", "z.b."};
  std::string text = "Dhr. Rutte sprak met M. Macron. Daarna vertrok hij. Nog een zin!";
  std::vector<SentenceSpan> out;
  split.Split(text, 0, static_cast<uint32_t>(text.size()), abbr, &out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(text.substr(out[0].begin, out[0].end - out[0].begin), "Dhr. Rutte sprak met M. Macron. ");
}

}  // namespace
}  // namespace dyad::text
