// A coder over the built lexicon for the coder's table tests: each row is one
// short document, published on Monday 22 April 2024 unless a row says otherwise.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/lexicon.h"

namespace dyad {

class CoderFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lex = Lexicon::Load(DYAD_BINARY_DIR "/dyad.lex");
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    coder_ = new Coder(lex.value());
  }
  static void TearDownTestSuite() {
    delete coder_;
    coder_ = nullptr;
  }
  static CodedDocument Code(const std::string& lang, const std::string& text,
                            const std::string& published = "2024-04-22") {
    Document d;
    d.id = "t";
    d.content = text;
    d.published = published;
    d.lang = lang;
    d.origin = "test";
    auto scratch = coder_->NewScratch();
    CodedDocument out;
    Status s = coder_->Code(d, *scratch, &out);
    EXPECT_TRUE(s.ok()) << s.ToString();
    // Every span of an event lies in its sentence (antecedents from earlier sentences included).
    for (const Event& e : out.events) {
      auto inside = [&](const Span& sp) { return e.sentence.begin <= sp.begin && sp.end <= e.sentence.end; };
      EXPECT_TRUE(inside(e.evidence) && inside(e.trigger) && inside(e.source.span)) << text;
      if (e.target) {
        EXPECT_TRUE(inside(e.target->span)) << text;
      }
    }
    return out;
  }
  // "SRC>TGT:root" for each event, country (or IGO) level.
  static std::vector<std::string> Dyads(const CodedDocument& doc) {
    std::vector<std::string> out;
    for (const Event& e : doc.events) {
      auto key = [](const Actor& a) { return a.country.empty() ? a.code : a.country; };
      out.push_back(key(e.source) + ">" + (e.target ? key(*e.target) : "-") + ":" + e.root);
    }
    return out;
  }
  static std::vector<std::string> Dyads(const std::string& lang, const std::string& text) {
    return Dyads(Code(lang, text));
  }
  static inline Coder* coder_ = nullptr;
};

}  // namespace dyad
