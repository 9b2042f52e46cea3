#include "dyad/status.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Status, ToStringNamesWhere) {
  Status s = InvalidInput("bad entry").At("nl/events.tsv", 12, "code");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(), "nl/events.tsv:12: code: bad entry");
}

TEST(Status, QuoteBytesEscapesControlAndNonAscii) {
  EXPECT_EQ(QuoteBytes("a\x01\xff"), "\"a\\x01\\xff\"");
  EXPECT_EQ(QuoteBytes("abcdef", 3), "\"abc\"...");
}

Result<int> Half(int x) {
  if (x % 2) return InvalidInput("odd");
  return x / 2;
}
Result<int> Quarter(int x) {
  DYAD_ASSIGN_OR_RETURN(int h, Half(x));
  return Half(h);
}

TEST(Status, AssignOrReturnPropagates) {
  EXPECT_EQ(Quarter(8).value(), 2);
  EXPECT_EQ(Quarter(6).status().message(), "odd");
}

}  // namespace
}  // namespace dyad
