// The store keeps event records without their sentence and evidence texts and
// puts them back from the document: the record read must be EventToJsonLine's.
#include "store/event_json.h"

#include <gtest/gtest.h>

#include "dyad/emit.h"

namespace dyad::store {
namespace {

Event At(const std::string& content, Span sentence, Span evidence) {
  Event e;
  // std::string values: GCC 12 -Wrestrict misfires on short literals assigned here.
  e.doc_id = std::string("d1");
  e.event_id = std::string("e1");
  e.source.text = std::string("Rabat");
  e.source.code = std::string("MAR");
  e.cameo = std::string("043");
  e.sentence = sentence;
  e.evidence = evidence;
  e.sentence_text = content.substr(sentence.begin, sentence.end - sentence.begin);
  e.evidence_text = content.substr(evidence.begin, evidence.end - evidence.begin);
  return e;
}

TEST(EventJson, StoredWithoutTextsAndRestoredAsPrinted) {
  struct Case { std::string content; Span sentence, evidence; };
  const Case cases[] = {
      {"Rabat received them.", {0, 20}, {0, 14}},
      {"He said \"no\" \\ then\tleft.\nOther.", {0, 26}, {3, 12}},          // quote, backslash, control bytes
      {"Intro. الملك استقبل الوزير. Tail", {7, 46}, {7, 20}},              // UTF-8 bytes
      {"Empty spans.", {5, 5}, {0, 0}},
      {"\"text\":\"\"} inside the sentence.", {0, 31}, {0, 10}},          // the pattern inside a text
  };
  for (const Case& c : cases) {
    Event e = At(c.content, c.sentence, c.evidence);
    std::string printed = EventToJsonLine(e);
    std::string stored = StoredEventJson(e);
    EXPECT_LT(stored.size(), printed.size() + (c.sentence.begin == c.sentence.end ? 1 : 0)) << c.content;
    EXPECT_EQ(e.sentence_text, c.content.substr(c.sentence.begin, c.sentence.end - c.sentence.begin));  // unchanged
    RestoreEventJson(&stored, c.content);
    EXPECT_EQ(stored, printed) << c.content;
  }
}

TEST(EventJson, RecordsWithTextsAreLeftAlone) {
  const std::string content = "Rabat received them.";
  std::string full = EventToJsonLine(At(content, {0, 20}, {0, 14}));
  std::string read = full;
  RestoreEventJson(&read, "something else entirely");
  EXPECT_EQ(read, full);
  // Spans beyond the content (a damaged row) are not read past the end.
  Event e = At(content, {0, 20}, {0, 14});
  std::string stored = StoredEventJson(e);
  std::string copy = stored;
  RestoreEventJson(&copy, "short");
  EXPECT_EQ(copy, stored);
}

}  // namespace
}  // namespace dyad::store
