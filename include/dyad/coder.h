// dyad/coder.h — from a Document to CAMEO-coded events with evidence.
//
//   auto lex = dyad::Lexicon::Load(dyad::DefaultLexiconPath());
//   dyad::Coder coder(lex.value());
//   auto scratch = coder.NewScratch();             // one per thread
//   dyad::CodedDocument out;
//   dyad::Status s = coder.Code(doc, *scratch, &out);
//   for (const dyad::Event& e : out.events) ...   // e.evidence points into doc.content
//
// Thread-safety: a Coder is immutable and shared; each thread passes its own
// Scratch (stemmers, sentence iterator, token caches). Cost: linear in the
// document, bounded by CoderOptions::limits.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/lexicon.h"
#include "dyad/status.h"

namespace dyad {

struct CoderOptions {
  Limits limits;
  // Identify the language with CLD2 when a document has no `lang`.
  bool identify_language = true;
  // One event per (source, target, code) per document; repeats count as mentions.
  bool merge_repeats = true;
};

struct CodedDocument {
  std::string doc_id;
  std::string lang;
  std::string date;            // YYYY-MM-DD of publication / dateline, empty if unknown
  std::string title;
  std::vector<Event> events;
  std::vector<Actor> actors;   // every person, country and organisation recognised, first mention each
  std::optional<Location> place;  // the dateline / lead place
  size_t sentences = 0, tokens = 0;
  std::vector<std::string> notes;  // why nothing was coded, if so
};

class CoderScratch;  // per-thread state, opaque
struct CoderScratchDeleter { void operator()(CoderScratch* s) const; };
using CoderScratchPtr = std::unique_ptr<CoderScratch, CoderScratchDeleter>;

class Coder {
 public:
  explicit Coder(std::shared_ptr<const Lexicon> lexicon, CoderOptions options = {});
  ~Coder();
  CoderScratchPtr NewScratch() const;
  // Fails only for documents no stage can take (invalid UTF-8, over the size
  // limit, unparseable HTML); a document in a language without a lexicon
  // is coded to no events with a note.
  Status Code(const Document& doc, CoderScratch& scratch, CodedDocument* out) const;
  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  std::shared_ptr<const Lexicon> lexicon_;
  CoderOptions options_;
};

}  // namespace dyad
