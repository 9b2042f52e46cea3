// dyad/document.h — a news document as read from input, and the limits that
// bound every stage.
//
// A Document keeps its original bytes; every span dyad reports (actor text,
// trigger, evidence) is a byte range into `Document::content`, whatever the
// normalisation or HTML extraction did in between.
#pragma once

#include <cstdint>
#include <string>

namespace dyad {

// Half-open byte range [begin, end) into a Document's original content.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

struct Document {
  std::string id;         // stable id: the JSONL `id`, else the file name
  std::string content;    // original bytes: text or HTML
  bool is_html = false;   // content is HTML and goes through extraction
  std::string title;      // given title (JSONL/HTML); may be empty
  std::string url;
  std::string published;  // ISO 8601 date or date-time as given; may be empty
  std::string crawled;    // when a crawler fetched it (WARC-Date); the date of last resort
  std::string lang;       // ISO 639-1 if given; else identified
  std::string origin;     // "file:line" for messages
};

// Bounds on what one document may cost. Defaults suit news articles.
struct Limits {
  size_t max_document_bytes = 8u << 20;   // larger documents are rejected, not truncated
  size_t max_sentence_tokens = 200;       // longer "sentences" are cut into windows
  size_t max_sentences = 20000;           // per document
  size_t max_matches_per_sentence = 4096; // lexicon hits kept per sentence
  size_t max_events_per_document = 2000;
};

}  // namespace dyad
