#include "coding/dates.h"

#include <gtest/gtest.h>

namespace dyad::coding {
namespace {

TEST(IsoDate, Table) {
  EXPECT_EQ(IsoDate("2024-04-22"), "2024-04-22");
  EXPECT_EQ(IsoDate("2024-04-22T21:45:00+02:00"), "2024-04-22");
  EXPECT_EQ(IsoDate("2024-02-30"), "");
  EXPECT_EQ(IsoDate("22/04/2024"), "");
  EXPECT_EQ(IsoDate(""), "");
}

TEST(FindDate, Table) {
  std::unordered_map<std::string, uint32_t> months = {{"april", 4}, {"avril", 4}, {"abril", 4}, {"apr", 4}};
  auto fold = [](std::string_view s) {
    std::string out;
    text::Fold(s, &out);
    return out;
  };
  const std::pair<std::string, std::string> cases[] = {
      {"Monday 22 April 2024 - 21:45", "2024-04-22"},
      {"lundi 22 avril 2024", "2024-04-22"},
      {"22 de abril de 2024", "2024-04-22"},
      {"April 22, 2024", "2024-04-22"},
      {"22.04.2024", "2024-04-22"},
      {"2024-04-22", "2024-04-22"},
      {"31 April 2024", ""},
      {"no date here", ""},
      {"22 April", ""},
  };
  for (const auto& [in, want] : cases) {
    std::vector<text::RawToken> toks;
    text::Tokenize(in, 0, &toks);
    EXPECT_EQ(FindDate(in, toks, months, fold), want) << in;
  }
}

}  // namespace
}  // namespace dyad::coding

namespace dyad::coding {
namespace {

TEST(RelativeDays, Table) {
  EXPECT_EQ(AddDays("2024-03-01", -1), "2024-02-29");  // leap year
  EXPECT_EQ(AddDays("2023-12-31", 1), "2024-01-01");
  EXPECT_EQ(AddDays("bad", 1), "");
  EXPECT_EQ(Weekday("2024-04-22"), 1);  // a Monday
  EXPECT_EQ(Weekday("2024-04-28"), 7);
  // Published on Wednesday 24 April 2024:
  EXPECT_EQ(ResolveDay("2024-04-24", -1, 0, false), "2024-04-23");        // yesterday
  EXPECT_EQ(ResolveDay("2024-04-24", 0, 1, false), "2024-04-22");         // (last) Monday
  EXPECT_EQ(ResolveDay("2024-04-24", 0, 3, false), "2024-04-24");         // Wednesday = today
  EXPECT_EQ(ResolveDay("2024-04-24", 0, 5, true), "2024-04-26");          // (next) Friday, planned
  EXPECT_EQ(ResolveDay("2024-04-24", 0, 3, true), "2024-05-01");          // next Wednesday
}

}  // namespace
}  // namespace dyad::coding
