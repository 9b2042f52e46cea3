#include "coding/dates.h"

#include <gtest/gtest.h>

namespace dyad::coding {
namespace {

// Each text's date as FindDate reads it with these month names ("" = none).
template <size_t N>
void ExpectDates(const std::pair<std::string, std::string> (&cases)[N],
                 const std::unordered_map<std::string, uint32_t>& months) {
  auto fold = [](std::string_view s) {
    std::string out;
    text::Fold(s, &out);
    return out;
  };
  for (const auto& [in, want] : cases) {
    std::vector<text::RawToken> toks;
    text::Tokenize(in, 0, &toks);
    EXPECT_EQ(FindDate(in, toks, months, fold), want) << in;
  }
}

TEST(IsoDate, Table) {
  EXPECT_EQ(IsoDate("2024-04-22"), "2024-04-22");
  EXPECT_EQ(IsoDate("2024-04-22T21:45:00+02:00"), "2024-04-22");
  EXPECT_EQ(IsoDate("2024-02-30"), "");
  EXPECT_EQ(IsoDate("22/04/2024"), "");
  EXPECT_EQ(IsoDate(""), "");
}

TEST(FindDate, Table) {
  std::unordered_map<std::string, uint32_t> months = {{"april", 4}, {"avril", 4}, {"abril", 4}, {"apr", 4}};
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
  ExpectDates(cases, months);
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

namespace dyad::coding {
namespace {

// Weeks and months relative to publication (days.tsv weekN / monthN / {month}).
TEST(ResolvePeriod, Table) {
  struct Case { const char* pub; int unit, offset, weekday, month; bool future; const char* want; const char* precision; };
  const Case cases[] = {
      // Published on Wednesday 24 April 2024.
      {"2024-04-24", 0, -2, 0, 0, false, "2024-04-22", "day"},    // two days ago
      {"2024-04-24", 0, 0, 1, 0, false, "2024-04-22", "day"},     // on Monday
      {"2024-04-24", 1, 0, 0, 0, false, "2024-04-22", "week"},    // this week: its Monday
      {"2024-04-24", 1, -1, 0, 0, false, "2024-04-15", "week"},   // last week
      {"2024-04-24", 1, -3, 0, 0, false, "2024-04-01", "week"},   // three weeks ago
      {"2024-04-24", 1, 1, 0, 0, false, "2024-04-29", "week"},    // next week
      {"2024-04-24", 1, 0, 7, 0, false, "2024-04-15", "week"},    // the weekend: the week of last Sunday
      {"2024-04-21", 1, 0, 7, 0, false, "2024-04-15", "week"},    // ... published on that Sunday
      {"2024-04-24", 1, 0, 7, 0, true, "2024-04-22", "week"},     // ... planned: the coming one
      {"2024-04-24", 2, 0, 0, 0, false, "2024-04-01", "month"},   // earlier this month
      {"2024-04-24", 2, -1, 0, 0, false, "2024-03-01", "month"},  // last month
      {"2024-01-10", 2, -1, 0, 0, false, "2023-12-01", "month"},  // last month, across a year
      {"2024-04-24", 2, 0, 0, 3, false, "2024-03-01", "month"},   // in March
      {"2024-04-24", 2, 0, 0, 4, false, "2024-04-01", "month"},   // in April (this one)
      {"2024-04-24", 2, 0, 0, 11, false, "2023-11-01", "month"},  // in November: last year's
      {"2024-04-24", 2, 0, 0, 11, true, "2024-11-01", "month"},   // a plan for November
      {"2024-04-24", 2, 0, 0, 3, true, "2025-03-01", "month"},    // a plan for March
      {"2024-04-28", 1, 0, 0, 0, false, "2024-04-22", "week"},    // Sunday: still that week
  };
  for (const Case& c : cases) {
    std::string precision;
    EXPECT_EQ(ResolvePeriod(c.pub, c.unit, c.offset, c.weekday, c.month, c.future, &precision), c.want)
        << c.pub << " unit " << c.unit << " offset " << c.offset << " month " << c.month;
    EXPECT_EQ(precision, c.precision) << c.pub << " unit " << c.unit << " offset " << c.offset;
  }
  std::string precision;
  EXPECT_EQ(ResolvePeriod("not a date", 1, -1, 0, 0, false, &precision), "");
}

TEST(IsoWeek, Table) {
  const std::pair<const char*, const char*> cases[] = {
      {"2024-04-22", "2024-W17"}, {"2024-04-28", "2024-W17"}, {"2024-01-01", "2024-W01"},
      {"2021-01-03", "2020-W53"},  // a Sunday in the last ISO week of 2020
      {"2024-12-30", "2025-W01"},  // a Monday in the first ISO week of 2025
      {"2024-11-17", "2024-W46"}, {"bad", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(IsoWeek(in), want) << in;
}

// Datelines and publication lines as the eight languages write them.
TEST(FindDate, Languages) {
  std::unordered_map<std::string, uint32_t> months = {
      {"april", 4}, {"avril", 4}, {"abril", 4}, {"aprile", 4}, {"april", 4}, {"أبريل", 4}, {"نيسان", 4}, {"mars", 3}};
  const std::pair<std::string, std::string> cases[] = {
      {"Monday 22 April 2024 - 21:45", "2024-04-22"},                 // en
      {"maandag 22 april 2024, 21:45", "2024-04-22"},                 // nl
      {"Publié le 22 avril 2024 à 21h45", "2024-04-22"},              // fr
      {"Stand: 22.04.2024 21:45 Uhr", "2024-04-22"},                  // de
      {"Madrid, 22 de abril de 2024", "2024-04-22"},                  // es
      {"22 aprile 2024", "2024-04-22"},                               // it
      {"22 de abril de 2024, 21h45", "2024-04-22"},                   // pt
      {"الاثنين 22 أبريل 2024", "2024-04-22"},                         // ar, Western digits
      {"الاثنين ٢٢ أبريل ٢٠٢٤", "2024-04-22"},                         // ar, Arabic-Indic digits
      {"٢٢ نيسان ٢٠٢٤", "2024-04-22"},                                 // ar, Levantine month
      {"۲۲/۰۴/۲۰۲۴", "2024-04-22"},                                    // Eastern Arabic-Indic digits
      {"٢٢.٠٤.٢٠٢٤", "2024-04-22"},
      {"٣١ أبريل ٢٠٢٤", ""},                                           // no 31 April
      {"22/04/24", ""},                                               // a two-digit year is not taken
  };
  ExpectDates(cases, months);
}

}  // namespace
}  // namespace dyad::coding
