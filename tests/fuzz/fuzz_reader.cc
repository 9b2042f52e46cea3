// The file readers: WARC records and the gzip/zstd streams around WARC and JSONL.
// The first input byte picks the file kind; the rest is the file. Any bytes give
// documents within the limits or reported errors naming the file, never a crash.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "dyad/reader.h"

namespace {

const char* const kKinds[] = {".warc", ".warc.gz", ".jsonl.gz", ".jsonl.zst", ".warc.zst", ".jsonl"};

std::string PathFor(uint8_t kind) {
  const char* dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  return std::string(dir) + "/dyad_fuzz_reader_" + std::to_string(getpid()) + kKinds[kind % 6];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string path = PathFor(data[0]);
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data + 1, 1, size - 1, f);
  std::fclose(f);

  dyad::Limits limits;
  limits.max_document_bytes = 1 << 16;
  dyad::DocumentReader reader(limits);
  dyad::Status s = reader.Read(
      path,
      [&](dyad::Document&& d) {
        if (d.content.size() > limits.max_document_bytes) __builtin_trap();
      },
      [&](const dyad::Status& e) {
        if (e.ok() || e.ToString().find("dyad_fuzz_reader_") == std::string::npos) __builtin_trap();
      });
  (void)s;
  std::remove(path.c_str());
  return 0;
}
