#include "extract/html.h"

#include <gtest/gtest.h>

#include <cstring>

namespace dyad::extract {
namespace {

constexpr const char* kPage = R"(<!doctype html><html><head>
<title>Site | Talks in Rabat</title>
<meta property="og:title" content="Laftit holds talks with French counterpart">
<meta property="article:published_time" content="2024-04-22T21:45:00Z">
<script>var x = "Morocco attacked";</script></head>
<body><nav><a href="/">Home</a> <a>World</a></nav>
<div class="share-bar"><button>Share on X</button></div>
<article><h1>Laftit holds talks</h1>
<p>Rabat - Interior minister Laftit met his French counterpart &amp; officials.</p>
<div class="related-articles"><a>Morocco bombs Spain</a></div>
<p>They agreed to share information.</p></article>
<div id="cookie-consent">We use cookies</div>
<footer>Copyright</footer></body></html>)";

TEST(Html, KeepsMainTextDropsFurniture) {
  auto r = ExtractHtml(kPage);
  ASSERT_TRUE(r.ok());
  const Extracted& ex = r.value();
  EXPECT_EQ(ex.title, "Laftit holds talks with French counterpart");
  EXPECT_EQ(ex.published, "2024-04-22T21:45:00Z");
  EXPECT_NE(ex.text.find("Laftit holds talks"), std::string::npos);
  EXPECT_NE(ex.text.find("met his French counterpart & officials."), std::string::npos);
  EXPECT_NE(ex.text.find("They agreed to share information."), std::string::npos);
  for (const char* gone : {"Morocco attacked", "Home", "Share on X", "Morocco bombs Spain", "cookies", "Copyright"})
    EXPECT_EQ(ex.text.find(gone), std::string::npos) << gone;
}

TEST(Html, OffsetsMapBackToTheHtmlBytes) {
  std::string html = kPage;
  auto r = ExtractHtml(html);
  ASSERT_TRUE(r.ok());
  const Extracted& ex = r.value();
  for (const char* word : {"Laftit met", "They agreed to share information."}) {
    size_t at = ex.text.find(word);
    ASSERT_NE(at, std::string::npos);
    uint32_t b = ex.map.ToOriginal(static_cast<uint32_t>(at), false);
    uint32_t e = ex.map.ToOriginal(static_cast<uint32_t>(at + std::strlen(word)), true);
    EXPECT_EQ(html.substr(b, e - b), word);
  }
  // Text after an entity: the piece is not byte-exact, so it maps to the whole piece.
  size_t amp = ex.text.find("& officials");
  uint32_t b = ex.map.ToOriginal(static_cast<uint32_t>(amp), false);
  uint32_t e = ex.map.ToOriginal(static_cast<uint32_t>(amp + 11), true);
  EXPECT_NE(html.substr(b, e - b).find("&amp; officials"), std::string::npos);
}

TEST(Html, GarbageDoesNotFail) {
  for (const char* junk : {"", "<", "<<<>>>", "<p>unclosed <b>bold", "\x01\x02<div>", "<html><body></body>"}) {
    auto r = ExtractHtml(junk);
    EXPECT_TRUE(r.ok()) << junk;
  }
}

}  // namespace
}  // namespace dyad::extract
