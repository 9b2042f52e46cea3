#include "store/simhash.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace dyad::store
