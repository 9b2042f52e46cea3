// The JSONL record parser: any line gives a document or a Status, never a crash.
#include <cstdint>
#include <string_view>

#include "dyad/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::Limits limits;
  limits.max_document_bytes = 1 << 16;
  dyad::DocumentReader reader(limits);
  auto doc = reader.FromJsonLine(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz", 1);
  if (doc.ok() && doc.value().content.size() > limits.max_document_bytes) __builtin_trap();
  return 0;
}
