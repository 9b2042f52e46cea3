#include "read/byte_source.h"

#include <zlib.h>
#include <zstd.h>

#include <cstring>
#include <vector>

namespace dyad::read {
namespace {

bool EndsWith(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

class FileSource : public ByteSource {
 public:
  explicit FileSource(std::FILE* f) : f_(f) {}
  ~FileSource() override { if (f_ && f_ != stdin) std::fclose(f_); }
  size_t Read(char* buf, size_t n) override {
    size_t got = std::fread(buf, 1, n, f_);
    if (got == 0 && std::ferror(f_)) error_ = "read error";
    offset_ += got;
    return got;
  }

 private:
  std::FILE* f_;
};

class GzSource : public ByteSource {
 public:
  explicit GzSource(gzFile f) : f_(f) {}
  ~GzSource() override { gzclose(f_); }
  size_t Read(char* buf, size_t n) override {
    int got = gzread(f_, buf, static_cast<unsigned>(n));
    int err = Z_OK;
    const char* msg = gzerror(f_, &err);
    if (got < 0 || (err != Z_OK && err != Z_STREAM_END)) {
      error_ = std::string("gzip: ") + (msg ? msg : "error") + " at byte " + std::to_string(offset_) +
               " of the uncompressed stream";
      return got > 0 ? static_cast<size_t>(got) : 0;
    }
    offset_ += static_cast<uint64_t>(got);
    return static_cast<size_t>(got);
  }
  uint64_t consumed() const override {
    z_off_t at = gzoffset(f_);
    return at > 0 ? static_cast<uint64_t>(at) : 0;
  }

 private:
  gzFile f_;
};

class ZstdSource : public ByteSource {
 public:
  explicit ZstdSource(std::FILE* f) : f_(f), in_buf_(ZSTD_DStreamInSize()), dctx_(ZSTD_createDCtx()) {}
  ~ZstdSource() override {
    ZSTD_freeDCtx(dctx_);
    std::fclose(f_);
  }
  size_t Read(char* buf, size_t n) override {
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos == 0) {
      if (in_.pos == in_.size) {
        size_t got = std::fread(in_buf_.data(), 1, in_buf_.size(), f_);
        consumed_ += got;
        if (got == 0) {
          if (!frame_done_) error_ = "zstd: truncated stream at byte " + std::to_string(offset_);
          return 0;
        }
        in_ = {in_buf_.data(), got, 0};
      }
      size_t r = ZSTD_decompressStream(dctx_, &out, &in_);
      if (ZSTD_isError(r)) {
        error_ = std::string("zstd: ") + ZSTD_getErrorName(r);
        return 0;
      }
      frame_done_ = r == 0;
    }
    offset_ += out.pos;
    return out.pos;
  }
  uint64_t consumed() const override { return consumed_; }

 private:
  std::FILE* f_;
  uint64_t consumed_ = 0;
  std::vector<char> in_buf_;
  ZSTD_DCtx* dctx_;
  ZSTD_inBuffer in_{nullptr, 0, 0};
  bool frame_done_ = true;
};

}  // namespace

std::unique_ptr<ByteSource> OpenSource(const std::string& path, std::string* error) {
  if (path == "-") return std::make_unique<FileSource>(stdin);
  if (EndsWith(path, ".gz")) {
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f) { *error = "cannot open file"; return nullptr; }
    gzbuffer(f, 1 << 16);
    return std::make_unique<GzSource>(f);
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) { *error = "cannot open file"; return nullptr; }
  if (EndsWith(path, ".zst")) return std::make_unique<ZstdSource>(f);
  return std::make_unique<FileSource>(f);
}

bool LineReader::Fill() {
  len_ = src_->Read(buf_, sizeof buf_);
  pos_ = 0;
  return len_ > 0;
}

bool LineReader::Next(std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  bool any = false;
  while (true) {
    if (pos_ == len_ && !Fill()) return any;
    any = true;
    const char* start = buf_ + pos_;
    const char* nl = static_cast<const char*>(std::memchr(start, '\n', len_ - pos_));
    size_t n = nl ? static_cast<size_t>(nl - start) : len_ - pos_;
    if (!*too_long) {
      if (line->size() + n > limit_) {
        *too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, n);
      }
    }
    pos_ += n;
    if (nl) { ++pos_; return true; }
  }
}

size_t LineReader::ReadBytes(size_t n, std::string* out, size_t keep_limit) {
  out->clear();
  size_t done = 0;
  while (done < n) {
    if (pos_ == len_ && !Fill()) break;
    size_t take = std::min(n - done, len_ - pos_);
    if (out->size() + take <= keep_limit) out->append(buf_ + pos_, take);
    pos_ += take;
    done += take;
  }
  return done;
}

}  // namespace dyad::read
