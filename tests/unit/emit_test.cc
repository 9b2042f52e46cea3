// Delimited lines shared by `dyad code -f csv|tsv` and `dyad query -f csv|tsv`.
#include <gtest/gtest.h>

#include "dyad/emit.h"

namespace dyad {
namespace {

TEST(Emit, DelimitedRows) {
  struct Case {
    std::vector<std::string> cells;
    const char* csv;
    const char* tsv;
  };
  const Case cases[] = {
      {{"a", "b"}, "a,b\n", "a\tb\n"},
      {{"", "x"}, ",x\n", "\tx\n"},
      {{"Rabat, MAR", "3"}, "\"Rabat, MAR\",3\n", "Rabat, MAR\t3\n"},
      {{"he said \"no\""}, "\"he said \"\"no\"\"\"\n", "he said \"no\"\n"},
      {{"two\nlines", "a\tb"}, "\"two\nlines\",a\tb\n", "two lines\ta b\n"},
      {{"وزير"}, "وزير\n", "وزير\n"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DelimitedRow(c.cells, OutputFormat::kCsv), c.csv);
    EXPECT_EQ(DelimitedRow(c.cells, OutputFormat::kTsv), c.tsv);
  }
  EXPECT_TRUE(ParseOutputFormat("csv").ok());
  EXPECT_FALSE(ParseOutputFormat("xml").ok());
}

}  // namespace
}  // namespace dyad
