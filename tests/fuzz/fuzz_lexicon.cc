// The lexicon compiler on arbitrary source text, as each kind of file; and the
// artifact reader on arbitrary bytes.
#include <cstdint>
#include <string_view>

#include "dyad/lexicon.h"
#include "lexicon/compiler.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view content(reinterpret_cast<const char*>(data) + 1, size - 1);
  dyad::lex::LexiconData out;
  dyad::lex::SourceCompiler c(&out);
  (void)c.AddCameoTable("codes.tsv", "04\tCONSULT\t1.0\n040\tConsult\t1.0\tCONSULT\n");
  (void)c.BeginLanguage("xx");
  (void)c.AddLanguageFile(dyad::lex::SourceKind::kLanguage, "language.tsv", "stemmer\tenglish\n");
  static const dyad::lex::SourceKind kKinds[] = {
      dyad::lex::SourceKind::kCountries, dyad::lex::SourceKind::kIgos,     dyad::lex::SourceKind::kAgents,
      dyad::lex::SourceKind::kEvents,    dyad::lex::SourceKind::kRefine,   dyad::lex::SourceKind::kFunction,
      dyad::lex::SourceKind::kLemmas,    dyad::lex::SourceKind::kMonths,   dyad::lex::SourceKind::kLanguage,
      dyad::lex::SourceKind::kAbbreviations, dyad::lex::SourceKind::kFurniture};
  auto kind = kKinds[data[0] % (sizeof kKinds / sizeof kKinds[0])];
  (void)c.AddLanguageFile(kind, "fuzz.tsv", content);
  (void)c.AddPersons("persons.tsv", content);
  (void)c.EndLanguage();
  out.BuildIndexes();
  (void)dyad::Lexicon::FromBytes(content, "fuzz.lex");
  return 0;
}
