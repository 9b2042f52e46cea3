#include "store/simhash.h"
#include "store/story_index.h"

#include <gtest/gtest.h>

#include <vector>

namespace dyad::store {
namespace {

TEST(SimHash, NearDuplicatesAreCloseOthersFar) {
  // Article length: the threshold is set for whole articles, not headlines.
  std::string a =
      "Moroccan police arrested three suspected members of a jihadist cell in Tangier on Tuesday, the interior "
      "ministry said, adding that weapons and explosives were seized during the raid. The suspects, aged between "
      "22 and 35, were planning attacks on public buildings and security forces, according to a statement from "
      "the central bureau of judicial investigations. The operation was carried out in coordination with the "
      "Spanish police, who arrested a fourth suspect in Barcelona on the same day. Investigators said the cell "
      "had been in contact with militants in the Sahel region and had received instructions through encrypted "
      "messaging applications. The suspects will be brought before the public prosecutor in charge of terrorism "
      "cases once the investigation is complete, the ministry added.";
  std::string b = "TANGIER (Agencies) - " + a + " Read more.";
  std::string c = "Spain and Morocco signed an agreement on energy cooperation in Madrid on Friday after talks "
                  "between the two prime ministers on migration, trade and the reopening of customs posts.";
  EXPECT_LE(HammingDistance(SimHash(a), SimHash(b)), kSameStoryBits);
  EXPECT_GT(HammingDistance(SimHash(a), SimHash(c)), 10);
  EXPECT_EQ(SimHash(a), SimHash(a));
  EXPECT_EQ(SimHash(""), 0u);
}

// The bit-sliced vote count gives what one counter per bit gives (the
// reference below: the same words and shingles, 64 plain counters).
uint64_t ReferenceSimHash(std::string_view text) {
  std::vector<uint64_t> word_hashes;
  uint64_t h = 1469598103934665603ull;
  bool in_word = false;
  for (unsigned char c : text) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (word) {
      h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32 : c)) * 1099511628211ull;
      in_word = true;
    } else if (in_word) {
      word_hashes.push_back(h);
      h = 1469598103934665603ull;
      in_word = false;
    }
  }
  if (in_word) word_hashes.push_back(h);
  int votes[64] = {};
  auto vote = [&](uint64_t x) {
    for (int b = 0; b < 64; ++b) votes[b] += (x >> b) & 1 ? 1 : -1;
  };
  size_t n = word_hashes.size();
  for (size_t i = 2; i < n && i < 402; ++i) {
    uint64_t x = word_hashes[i - 2] * 0x9E3779B97F4A7C15ull ^ (word_hashes[i - 1] + 0x632BE59BD9B4E019ull) *
                 0xBF58476D1CE4E5B9ull ^ word_hashes[i];
    x ^= x >> 31;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 29;
    vote(x);
  }
  if (n == 1) vote(word_hashes[0]);
  if (n == 2) vote(word_hashes[1] ^ (word_hashes[0] * 31));
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b)
    if (votes[b] > 0) out |= 1ull << b;
  return out;
}

TEST(SimHash, SameAsOneCounterPerBit) {
  std::vector<std::string> texts = {"", "one", "two words", "three words here", "Égypte: l'armée (123) a dit.",
                                    "مصر أرسلت فرق إنقاذ إلى ليبيا"};
  uint64_t seed = 12345;
  for (size_t n : {4u, 9u, 57u, 400u, 401u, 402u, 403u, 900u}) {
    std::string t;
    for (size_t i = 0; i < n; ++i) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      t.append(std::to_string(seed >> 54)).append(seed & 1 ? " " : ", ");
    }
    texts.push_back(t);
  }
  for (const std::string& t : texts) EXPECT_EQ(SimHash(t), ReferenceSimHash(t)) << t.substr(0, 40);
}

// Only the lead votes (the first 400 shingles): texts that share it hash alike,
// whatever follows.
TEST(SimHash, OnlyTheLeadVotes) {
  // Appends, not "w" + std::to_string(...): GCC 12 -Wrestrict misfires on those.
  auto words = [](const char* stem, int n, int step) {
    std::string out;
    for (int i = 0; i < n; ++i) out.append(stem).append(std::to_string(i * step % 1000)).append(" ");
    return out;
  };
  const std::string lead = words("w", 402, 7919), tail_a = words("a", 300, 1), tail_b = words("other", 300, 31);
  EXPECT_EQ(SimHash(lead + tail_a), SimHash(lead + tail_b));
  EXPECT_NE(SimHash(lead + tail_a), SimHash(tail_a + lead));
}

// The story rule: the first story within kSameStoryBits, band by band, lowest
// id first within a band; farther hashes start no match.
TEST(StoryIndex, FindsTheFirstCloseStoryBandByBand) {
  struct Case {
    const char* what;
    std::vector<std::pair<int64_t, uint64_t>> stories;
    uint64_t query;
    int64_t want;
  };
  const uint64_t base = 0x0123456789abcdefull;
  // Bands are bits [0,10) [10,21) [21,32) [32,42) [42,53) [53,64).
  const uint64_t band0_flips = 0x7ull << 20;  // 3 bits in bands 1-2: band 0 agrees
  const uint64_t high_flips = 0x1full << 40;  // 5 bits in bands 3-4: bands 0-2 agree
  const uint64_t six_flips = (1ull << 0) | (1ull << 11) | (1ull << 22) | (1ull << 33) | (1ull << 44) | (1ull << 55);
  const Case cases[] = {
      {"empty index", {}, base, 0},
      {"the same hash", {{7, base}}, base, 7},
      {"3 bits apart", {{7, base}}, base ^ band0_flips, 7},
      {"5 bits apart", {{7, base}}, base ^ high_flips, 7},
      {"6 bits apart, one in each band: no band agrees", {{7, base}}, base ^ six_flips, 0},
      {"6 bits apart in one band", {{7, base}}, base ^ (0x3full << 40), 0},
      {"lowest id among close ones in a band", {{3, base ^ (1ull << 20)}, {9, base}}, base, 3},
      {"an earlier band before a lower id", {{3, base ^ 1}, {9, base}}, base, 9},
      {"a far story in the same band is skipped", {{2, base ^ (0xffull << 24)}, {5, base ^ (1ull << 12)}}, base, 5},
  };
  for (const Case& c : cases) {
    StoryIndex index(1000);
    for (auto [id, hash] : c.stories) index.Add(id, hash);
    EXPECT_EQ(index.Find(c.query), c.want) << c.what;
  }
  StoryIndex index(1000);
  index.Add(4, base);
  EXPECT_EQ(index.LastId(), 4);
  index.Clear();
  EXPECT_EQ(index.LastId(), 0);
  EXPECT_EQ(index.Find(base), 0);
}

// Only the `window` most recent stories are found, and the index holds at
// most twice the window however many stories it is given.
TEST(StoryIndex, FindsOnlyStoriesInTheWindow) {
  const uint64_t base = 0x0123456789abcdefull;
  auto other = [&](int64_t id) { return base ^ (0x9e3779b97f4a7c15ull * static_cast<uint64_t>(id)); };
  StoryIndex index(3);
  index.Add(1, base);
  index.Add(2, other(2));
  index.Add(3, other(3));
  EXPECT_EQ(index.Find(base), 1);  // ids 1-3 with the last id 3: all in the window
  index.Add(4, other(4));
  EXPECT_EQ(index.Cutoff(), 1);
  EXPECT_EQ(index.Find(base), 0);  // story 1 is out of the window
  EXPECT_EQ(index.Find(other(2)), 2);
  for (int64_t id = 5; id <= 100; ++id) index.Add(id, other(id));
  EXPECT_LE(index.size(), 6u);
  EXPECT_EQ(index.Find(other(98)), 98);
  EXPECT_EQ(index.Find(other(97)), 0);
  EXPECT_EQ(index.Find(other(100)), 100);
  // Gaps in the ids (another writer's rolled-back batch) count as ids, not stories.
  index.Add(200, other(200));
  EXPECT_EQ(index.Find(other(100)), 0);
  EXPECT_EQ(index.Find(other(200)), 200);
}

}  // namespace
}  // namespace dyad::store
