// The coder on arbitrary text in each language (the first byte picks it): it
// must never throw or crash, and every span of an event must lie in its
// sentence, inside the document.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/coder.h"
#include "dyad/lexicon.h"

namespace {

const dyad::Coder* TheCoder() {
  // Compiled once from the repository's data (the fuzz build does not build the artifact).
  static const dyad::Coder* coder = [] {
    auto lex = dyad::Lexicon::Compile(DYAD_SOURCE_DIR "/data");
    if (!lex.ok()) __builtin_trap();
    return new dyad::Coder(lex.value());
  }();
  return coder;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* kLangs[] = {"en", "nl", "fr", "de", "es", "ar", "it", "pt"};
  static auto scratch = TheCoder()->NewScratch();
  dyad::Document d;
  d.id = "fuzz";
  d.lang = kLangs[data[0] % 8];
  d.published = "2024-04-22";
  d.origin = "fuzz";
  d.content.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  dyad::CodedDocument out;
  if (!TheCoder()->Code(d, *scratch, &out).ok()) return 0;
  auto inside = [&](const dyad::Span& sp, const dyad::Event& e) {
    return e.sentence.begin <= sp.begin && sp.begin <= sp.end && sp.end <= e.sentence.end &&
           e.sentence.end <= d.content.size();
  };
  for (const dyad::Event& e : out.events) {
    if (!inside(e.evidence, e) || !inside(e.trigger, e) || !inside(e.source.span, e)) __builtin_trap();
    if (e.target && !inside(e.target->span, e)) __builtin_trap();
  }
  return 0;
}
