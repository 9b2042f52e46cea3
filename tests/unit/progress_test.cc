// The progress report of `dyad code` and `dyad ingest` (tools/progress.h).
#include "progress.h"

#include <gtest/gtest.h>

namespace dyad::cli {
namespace {

TEST(Progress, Durations) {
  struct Case { double seconds; const char* text; };
  for (const Case& c : {Case{0, "0s"}, Case{42.4, "42s"}, Case{59.6, "1m00s"}, Case{185, "3m05s"},
                        Case{3725, "1h02m"}, Case{-3, "0s"}})
    EXPECT_EQ(FormatDuration(c.seconds), c.text) << c.seconds;
}

TEST(Progress, BarPercentageAndEtaWhenTheSizeIsKnown) {
  // A quarter of 4 MB read in 10 s: 30 s left at that rate.
  ProgressState p{2500, 9000, 1000000, 1000000, 4000000, 10};
  EXPECT_EQ(FormatProgress(p, 8), "[##......]  25% 2500 docs, 9000 events, 250 docs/s, 0.1 MB/s, 10s, ETA 30s");
  EXPECT_EQ(FormatProgress(p, 0), " 25% 2500 docs, 9000 events, 250 docs/s, 0.1 MB/s, 10s, ETA 30s");
  p.input_read = p.input_total;  // done: no ETA
  EXPECT_EQ(FormatProgress(p, 4), "[####] 100% 2500 docs, 9000 events, 250 docs/s, 0.1 MB/s, 10s");
}

TEST(Progress, NoEtaForStandardInput) {
  ProgressState p{10, 20, 5000000, 0, 0, 2};
  EXPECT_EQ(FormatProgress(p, 8), "10 docs, 20 events, 5 docs/s, 2.5 MB/s, 2s");
}

}  // namespace
}  // namespace dyad::cli
