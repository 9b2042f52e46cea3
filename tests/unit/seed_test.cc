// The reference article, coded right: the facts issue 2 names, checked one by one.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "dyad/coder.h"
#include "dyad/emit.h"
#include "dyad/lexicon.h"

namespace dyad {
namespace {

class SeedTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lex = Lexicon::Load(DYAD_BINARY_DIR "/dyad.lex");
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    std::ifstream in(DYAD_SOURCE_DIR "/examples/000_c2b724ebaf41cd13.txt", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    doc_ = new Document;
    doc_->id = "000_c2b724ebaf41cd13";
    doc_->content = ss.str();
    doc_->origin = "seed";
    Coder coder(lex.value());
    auto scratch = coder.NewScratch();
    coded_ = new CodedDocument;
    Status s = coder.Code(*doc_, *scratch, coded_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  static void TearDownTestSuite() {
    delete doc_;
    delete coded_;
  }
  // Events between the two countries' codes with this root, either direction if `either`.
  static std::vector<const Event*> Find(const std::string& root, const std::string& src, const std::string& tgt,
                                        bool either) {
    std::vector<const Event*> out;
    for (const Event& e : coded_->events) {
      if (e.root != root || !e.target) continue;
      bool fwd = e.source.code == src && e.target->code == tgt;
      bool back = either && e.source.code == tgt && e.target->code == src;
      if (fwd || back) out.push_back(&e);
    }
    return out;
  }
  static Document* doc_;
  static CodedDocument* coded_;
};
Document* SeedTest::doc_ = nullptr;
CodedDocument* SeedTest::coded_ = nullptr;

TEST_F(SeedTest, LanguageAndDate) {
  EXPECT_EQ(coded_->lang, "nl");
  EXPECT_EQ(coded_->date, "2024-04-22");
  for (const Event& e : coded_->events) {
    EXPECT_EQ(e.date, "2024-04-22");
    EXPECT_EQ(e.date_precision, "day");
  }
}

TEST_F(SeedTest, TalksBetweenMoroccanAndFrenchGovernments) {
  auto talks = Find("04", "MARGOV", "FRAGOV", true);
  ASSERT_FALSE(talks.empty());
  EXPECT_TRUE(talks.front()->symmetric || talks.front()->cameo != "040");
}

TEST_F(SeedTest, AgreementToStrengthenInformationSharing) {
  auto agree = Find("03", "MARGOV", "FRAGOV", true);
  // The sentence where they "kwamen overeen" to strengthen the channels for
  // sharing information: intelligence cooperation, 0314.
  const Event* found = nullptr;
  for (const Event* e : agree)
    if (e->sentence_text.find("kwamen overeen") != std::string::npos) found = e;
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->cameo, "0314");
  EXPECT_TRUE(found->symmetric);
}

TEST_F(SeedTest, FrenchMinisterPraisesMorocco) {
  std::vector<const Event*> praise;
  for (const Event& e : coded_->events)
    if (e.root == "05" && e.source.code == "FRAGOV" && e.target && e.target->country == "MAR") praise.push_back(&e);
  ASSERT_FALSE(praise.empty());
  EXPECT_NE(praise.front()->evidence_text.find("prees"), std::string::npos);
}

TEST_F(SeedTest, EveryEventIsInRabatMorocco) {
  ASSERT_FALSE(coded_->events.empty());
  for (const Event& e : coded_->events) {
    ASSERT_TRUE(e.location.has_value()) << e.cameo;
    EXPECT_EQ(e.location->country, "MAR");
    EXPECT_EQ(e.location->canonical, "Rabat");
    EXPECT_NEAR(e.location->lat, 34.01, 0.1);
    EXPECT_NEAR(e.location->lon, -6.83, 0.1);
  }
}

TEST_F(SeedTest, PersonsRecognisedWithCountryAndRole) {
  struct Want { const char* name_part; const char* country; };
  for (const Want& w : {Want{"Laftit", "MAR"}, Want{"Darmanin", "FRA"}, Want{"Mohammed VI", "MAR"},
                        Want{"Macron", "FRA"}}) {
    bool found = false;
    for (const Actor& a : coded_->actors) {
      if (a.name.find(w.name_part) == std::string::npos) continue;
      found = true;
      EXPECT_EQ(a.country, w.country) << a.name;
      EXPECT_EQ(a.sector, "GOV") << a.name;
      EXPECT_FALSE(a.role.empty()) << a.name;
    }
    EXPECT_TRUE(found) << w.name_part;
  }
}

TEST_F(SeedTest, EvidenceSpansPointIntoTheOriginalBytes) {
  for (const Event& e : coded_->events) {
    ASSERT_LE(e.evidence.end, doc_->content.size());
    EXPECT_EQ(doc_->content.substr(e.evidence.begin, e.evidence.end - e.evidence.begin), e.evidence_text);
    EXPECT_EQ(doc_->content.substr(e.source.span.begin, e.source.span.end - e.source.span.begin), e.source.text);
    EXPECT_LE(e.evidence.begin, e.trigger.begin);
    EXPECT_GE(e.evidence.end, e.trigger.end);
  }
}

TEST_F(SeedTest, NothingFromPageFurniture) {
  const std::string& c = doc_->content;
  size_t body = c.find("De minister van Binnenlandse Zaken");
  size_t furniture_end = c.rfind("Lees meer");
  for (const Event& e : coded_->events) {
    // Events come from the first title line or the body, never the doubled title or "Lees meer".
    bool in_first_title = e.sentence.begin < c.find("\n\"Laftit\"", 5);
    EXPECT_TRUE(in_first_title || e.sentence.begin >= body) << e.sentence_text;
    EXPECT_LT(e.sentence.begin, furniture_end);
  }
}

TEST_F(SeedTest, FastJsonLineEqualsTheJsonRecord) {
  ASSERT_FALSE(coded_->events.empty());
  for (const Event& e : coded_->events) {
    nlohmann::json fast = nlohmann::json::parse(EventToJsonLine(e));
    nlohmann::json slow = nlohmann::json::parse(EventToJson(e).dump());
    EXPECT_EQ(fast, slow) << EventToJsonLine(e);
  }
}

}  // namespace
}  // namespace dyad
