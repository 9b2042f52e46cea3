// HTML extraction must accept any bytes, and every offset it maps back must
// lie inside the input.
#include <cstdint>
#include <string_view>

#include "extract/html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  auto r = dyad::extract::ExtractHtml(html);
  if (!r.ok()) return 0;
  const auto& ex = r.value();
  for (uint32_t pos = 0; pos <= ex.text.size(); pos += 7) {
    if (ex.map.ToOriginal(pos, false) > size || ex.map.ToOriginal(pos, true) > size) __builtin_trap();
  }
  return 0;
}
