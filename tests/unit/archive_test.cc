// Compressed and crawl inputs: .jsonl.gz, .jsonl.zst, .warc, .warc.gz, and
// truncated archives reported with where they broke.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "dyad/reader.h"

namespace dyad {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("dyad_arch_" + std::to_string(::getpid()) + "_" + name)).string();
}

void WriteGz(const std::string& path, const std::string& data) {
  gzFile f = gzopen(path.c_str(), "wb");
  gzwrite(f, data.data(), static_cast<unsigned>(data.size()));
  gzclose(f);
}

void WriteFile(const std::string& path, const std::string& data) {
  std::ofstream(path, std::ios::binary).write(data.data(), static_cast<std::streamsize>(data.size()));
}

struct Got {
  std::vector<Document> docs;
  std::vector<Status> errors;
};

Got Read(const std::string& path) {
  Got g;
  DocumentReader reader;
  Status s = reader.Read(path, [&](Document&& d) { g.docs.push_back(std::move(d)); },
                         [&](const Status& e) { g.errors.push_back(e); });
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::filesystem::remove(path);
  return g;
}

const char* kFeed =
    "{\"id\":\"a\",\"lang\":\"en\",\"text\":\"Moroccan police arrested three French nationals.\"}\n"
    "{\"id\":\"b\",\"lang\":\"fr\",\"text\":\"Le président français a salué le Maroc.\"}\n";

TEST(Archives, GzipAndZstdJsonl) {
  std::string gz = TempPath("feed.jsonl.gz");
  WriteGz(gz, kFeed);
  Got a = Read(gz);
  ASSERT_EQ(a.docs.size(), 2u);
  EXPECT_TRUE(a.errors.empty());
  EXPECT_EQ(a.docs[1].id, "b");

  std::string zst = TempPath("feed.jsonl.zst");
  std::string packed(ZSTD_compressBound(std::strlen(kFeed)), '\0');
  packed.resize(ZSTD_compress(packed.data(), packed.size(), kFeed, std::strlen(kFeed), 3));
  WriteFile(zst, packed);
  Got z = Read(zst);
  ASSERT_EQ(z.docs.size(), 2u);
  EXPECT_TRUE(z.errors.empty());
}

TEST(Archives, TruncatedGzipKeepsWhatCameBeforeAndSaysWhere) {
  std::string big;
  for (int i = 0; i < 2000; ++i)
    big += "{\"id\":\"d" + std::to_string(i) + "\",\"lang\":\"en\",\"text\":\"Spain condemned Algeria on day " +
           std::to_string(i) + ".\"}\n";
  std::string full = TempPath("full.jsonl.gz");
  WriteGz(full, big);
  std::ifstream in(full, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  std::filesystem::remove(full);
  std::string cut = TempPath("cut.jsonl.gz");
  WriteFile(cut, bytes.substr(0, bytes.size() / 2));
  Got g = Read(cut);
  EXPECT_GT(g.docs.size(), 100u);
  EXPECT_LT(g.docs.size(), 2000u);
  ASSERT_FALSE(g.errors.empty());
  EXPECT_NE(g.errors.back().message().find("gzip"), std::string::npos) << g.errors.back().ToString();
}

std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2024-04-23T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + uri.substr(uri.size() - 1) +
         ">\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

TEST(Archives, WarcResponsesBecomeHtmlDocuments) {
  std::string html = "<html><body><p>Le ministre marocain a reçu son homologue français.</p></body></html>";
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
  std::string warc = WarcRecord("warcinfo", "x:0", "software: test") +
                     WarcRecord("request", "https://example.org/1", "GET / HTTP/1.1\r\n\r\n") +
                     WarcRecord("response", "https://example.org/1", http) +
                     WarcRecord("response", "https://example.org/2",
                                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG");
  std::string path = TempPath("crawl.warc.gz");
  WriteGz(path, warc);
  Got g = Read(path);
  ASSERT_EQ(g.docs.size(), 1u);  // the image response and non-response records are skipped
  for (const auto& e : g.errors) ADD_FAILURE() << e.ToString();
  EXPECT_EQ(g.docs[0].url, "https://example.org/1");
  EXPECT_EQ(g.docs[0].crawled, "2024-04-23T10:00:00Z");
  EXPECT_TRUE(g.docs[0].is_html);
  EXPECT_EQ(g.docs[0].content, html);

  std::string cut = TempPath("cut.warc");
  WriteFile(cut, warc.substr(0, warc.find("<html>") + 10));
  Got t = Read(cut);
  EXPECT_TRUE(t.docs.empty());
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_NE(t.errors[0].message().find("truncated WARC record 3"), std::string::npos) << t.errors[0].ToString();
}

}  // namespace
// Progress against the inputs' size: after reading, every byte of each file
// (compressed bytes for .gz and .zst) is counted, and a folder is the sum of
// the input files in it.
TEST(Archives, InputSizeAndBytesRead) {
  std::string big;
  for (int i = 0; i < 3000; ++i) big += "{\"id\":\"d" + std::to_string(i) + "\",\"lang\":\"en\",\"text\":\"Police arrested " + std::to_string(i) + " people.\"}\n";
  std::string dir = TempPath("inputs");
  std::filesystem::create_directories(dir);
  std::string plain = dir + "/a.jsonl", gz = dir + "/b.jsonl.gz", zst = dir + "/c.jsonl.zst", other = dir + "/notes.md";
  WriteFile(plain, big);
  WriteGz(gz, big);
  std::string packed(ZSTD_compressBound(big.size()), '\0');
  packed.resize(ZSTD_compress(packed.data(), packed.size(), big.data(), big.size(), 3));
  WriteFile(zst, packed);
  WriteFile(other, "not an input");
  uint64_t sizes = std::filesystem::file_size(plain) + std::filesystem::file_size(gz) + std::filesystem::file_size(zst);
  EXPECT_EQ(DocumentReader::InputSize({dir}), sizes);
  EXPECT_EQ(DocumentReader::InputSize({plain, gz}), big.size() + std::filesystem::file_size(gz));
  EXPECT_EQ(DocumentReader::InputSize({plain, "-"}), 0u);  // standard input: unknown

  // While reading, the count grows with the documents and never passes the total.
  DocumentReader reader;
  std::vector<uint64_t> seen;
  Status s = reader.Read(dir, [&](Document&&) { seen.push_back(reader.input_bytes_read()); }, [](const Status&) {});
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(seen.size(), 9000u);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  EXPECT_LT(seen.front(), sizes / 3);
  EXPECT_LE(seen.back(), sizes);
  EXPECT_EQ(reader.input_bytes_read(), sizes);
  std::filesystem::remove_all(dir);
}

}  // namespace dyad
