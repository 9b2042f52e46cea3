// Sequential byte sources: a plain file (or stdin), gzip (also multi-member,
// as .warc.gz is) and zstd. Errors (a truncated archive) are kept, not thrown.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

namespace dyad::read {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Up to n bytes; 0 at the end of input or on error (then error() is set).
  virtual size_t Read(char* buf, size_t n) = 0;
  const std::string& error() const { return error_; }
  // Bytes handed out so far (offsets in error messages).
  uint64_t offset() const { return offset_; }
  // Bytes of the file itself read so far (compressed ones for .gz and .zst):
  // progress against the file's size.
  virtual uint64_t consumed() const { return offset_; }

 protected:
  std::string error_;
  uint64_t offset_ = 0;
};

// Opens `path` ("-" = stdin), decompressing by extension (.gz, .zst).
std::unique_ptr<ByteSource> OpenSource(const std::string& path, std::string* error);

// Reads lines of at most `limit` bytes; a longer line is consumed and reported
// as too long without being kept in memory.
class LineReader {
 public:
  LineReader(ByteSource* src, size_t limit) : src_(src), limit_(limit) {}
  bool Next(std::string* line, bool* too_long);
  // Exactly n bytes (fewer at end of input), after what Next consumed.
  size_t ReadBytes(size_t n, std::string* out, size_t keep_limit);

 private:
  bool Fill();
  ByteSource* src_;
  size_t limit_;
  char buf_[1 << 16];
  size_t pos_ = 0, len_ = 0;
};

}  // namespace dyad::read
