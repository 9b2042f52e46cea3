#include "dyad/reader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace dyad {
namespace {

struct Collected {
  std::vector<Document> docs;
  std::vector<Status> errors;
};

Collected ReadString(const std::string& name, const std::string& bytes, Limits limits = {}) {
  auto path = std::filesystem::temp_directory_path() / ("dyad_reader_" + std::to_string(::getpid()) + "_" + name);
  {
    std::ofstream f(path, std::ios::binary);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  Collected c;
  DocumentReader reader(limits);
  Status s = reader.Read(
      path.string(), [&](Document&& d) { c.docs.push_back(std::move(d)); }, [&](const Status& e) { c.errors.push_back(e); });
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::filesystem::remove(path);
  return c;
}

TEST(Reader, JsonlBadRecordsAreReportedAndSkipped) {
  std::string feed =
      "{\"id\":\"a\",\"text\":\"Good one.\",\"lang\":\"en\",\"published\":\"2024-04-22\"}\n"
      "{\"id\":\"b\",\"text\":\"trunc\n"                       // truncated JSON
      "{\"id\":\"c\",\"text\":\"bad \\udc00 surrogate\"}\n"     // invalid escape -> broken JSON
      "[1,2]\n"                                                // not an object
      "{\"id\":\"d\"}\n"                                       // no text
      "{\"id\":\"e\",\"text\":42}\n"                           // wrong type
      "7e777777\n"                                             // number overflow (found by the fuzzer)
      "\n"
      "{\"id\":7,\"html\":\"<p>Second good one.</p>\"}\n";
  Collected c = ReadString("feed.jsonl", feed);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "a");
  EXPECT_EQ(c.docs[0].published, "2024-04-22");
  EXPECT_EQ(c.docs[1].id, "7");
  EXPECT_TRUE(c.docs[1].is_html);
  ASSERT_EQ(c.errors.size(), 6u);
  EXPECT_EQ(c.errors[0].line(), 2);
  EXPECT_NE(c.errors[0].message().find("broken JSON"), std::string::npos);
  EXPECT_EQ(c.errors[2].line(), 4);
  EXPECT_NE(c.errors[3].message().find("neither"), std::string::npos);
  EXPECT_EQ(c.errors[4].field(), "text");
  EXPECT_EQ(c.errors[5].line(), 7);
}

TEST(Reader, InvalidUtf8AndNulAreErrorsWithOffsets) {
  Collected bad = ReadString("bad.txt", "Rabat \xff\xfe talks");
  ASSERT_EQ(bad.errors.size(), 1u);
  EXPECT_NE(bad.errors[0].message().find("invalid UTF-8 at byte 6"), std::string::npos) << bad.errors[0].ToString();
  EXPECT_TRUE(bad.docs.empty());
  Collected nul = ReadString("nul.txt", std::string("Rabat\0talks", 11));
  ASSERT_EQ(nul.errors.size(), 1u);
  EXPECT_NE(nul.errors[0].message().find("NUL byte at byte 5"), std::string::npos);
  Collected json = ReadString("bad.jsonl", "{\"id\":\"x\",\"text\":\"a\\u0000b\"}\n");
  ASSERT_EQ(json.errors.size(), 1u);
  EXPECT_EQ(json.errors[0].line(), 1);
}

TEST(Reader, EmptyFileIsAnError) {
  Collected c = ReadString("empty.txt", "");
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].message().find("empty"), std::string::npos);
}

TEST(Reader, FiftyMegabyteSingleLineIsRejectedNotLoaded) {
  std::string big(50u << 20, 'a');
  std::string feed = "{\"id\":\"big\",\"text\":\"" + big + "\"}\n{\"id\":\"after\",\"text\":\"still read\"}\n";
  Collected c = ReadString("big.jsonl", feed);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code(), StatusCode::kLimitExceeded);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "after");
  Collected txt = ReadString("big.txt", big);
  ASSERT_EQ(txt.errors.size(), 1u);
  EXPECT_EQ(txt.errors[0].code(), StatusCode::kLimitExceeded);
}

TEST(Reader, SmallLimitApplies) {
  Limits limits;
  limits.max_document_bytes = 10;
  Collected c = ReadString("small.jsonl", "{\"id\":\"a\",\"text\":\"0123456789ABC\"}\n", limits);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code(), StatusCode::kLimitExceeded);
}

}  // namespace
}  // namespace dyad
