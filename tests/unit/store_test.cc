#include "dyad/store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "dyad/lexicon.h"

namespace dyad {
namespace {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() / ("dyad_store_" + std::to_string(::getpid()) + ".db")).string();
    Cleanup();
    auto lex = Lexicon::Load(DYAD_BINARY_DIR "/dyad.lex");
    ASSERT_TRUE(lex.ok());
    coder_ = std::make_unique<Coder>(lex.value());
  }
  void TearDown() override { Cleanup(); }
  void Cleanup() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::vector<std::pair<Document, CodedDocument>> Batch() {
    std::vector<std::pair<Document, CodedDocument>> batch;
    const char* texts[][3] = {
        {"a", "https://example.org/a", "Moroccan police arrested three French nationals in Tangier."},
        {"b", "https://example.org/b", "The French president praised Morocco on Monday."},
        {"c", "", "Spain condemned Algeria."},
    };
    auto scratch = coder_->NewScratch();
    for (auto& t : texts) {
      Document d{t[0], t[2], false, "", t[1], "2024-04-24", "en", t[0]};
      CodedDocument c;
      EXPECT_TRUE(coder_->Code(d, *scratch, &c).ok());
      batch.emplace_back(d, std::move(c));
    }
    return batch;
  }
  std::string path_;
  std::unique_ptr<Coder> coder_;
};

TEST_F(StoreTest, SecondIngestOfTheSameDocumentsChangesNothing) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  AddReport first, second;
  ASSERT_TRUE(store.value()->Add(Batch(), &first).ok());
  EXPECT_EQ(first.documents_new, 3u);
  EXPECT_GE(first.events, 3u);
  ASSERT_TRUE(store.value()->Add(Batch(), &second).ok());
  EXPECT_EQ(second.documents_new, 0u);
  EXPECT_EQ(second.events, 0u);
  // The same URL with other text is the same document too.
  auto again = Batch();
  again[0].first.content += " Updated.";
  AddReport third;
  ASSERT_TRUE(store.value()->Add(again, &third).ok());
  EXPECT_EQ(third.documents_new, 0u);
  size_t docs = 0, events = 0;
  ASSERT_TRUE(store.value()->Count(&docs, &events).ok());
  EXPECT_EQ(docs, 3u);
  EXPECT_EQ(events, first.events);
}

TEST_F(StoreTest, QueriesFilterByDyadRootAndDate) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok());
  AddReport r;
  ASSERT_TRUE(store.value()->Add(Batch(), &r).ok());
  std::vector<StoredEvent> rows;
  EventFilter dyad;
  dyad.source = "MAR";
  dyad.target = "FRA";
  dyad.either_direction = true;
  ASSERT_TRUE(store.value()->Query(dyad, &rows).ok());
  ASSERT_EQ(rows.size(), 2u);  // the arrest (MAR->FRA) and the praise (FRA->MAR)
  rows.clear();
  dyad.either_direction = false;
  ASSERT_TRUE(store.value()->Query(dyad, &rows).ok());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cameo.substr(0, 2), "17");
  EXPECT_NE(rows[0].json.find("\"evidence\""), std::string::npos);
  rows.clear();
  EventFilter praise;
  praise.root = "05";
  praise.from = "2024-04-22";
  praise.to = "2024-04-22";  // "on Monday" before a Wednesday publication
  ASSERT_TRUE(store.value()->Query(praise, &rows).ok());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].date, "2024-04-22");
}

TEST_F(StoreTest, ReopeningKeepsTheSchemaAndData) {
  {
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok());
    AddReport r;
    ASSERT_TRUE(store.value()->Add(Batch(), &r).ok());
  }
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  size_t docs = 0, events = 0;
  ASSERT_TRUE(store.value()->Count(&docs, &events).ok());
  EXPECT_EQ(docs, 3u);
}

}  // namespace
}  // namespace dyad
