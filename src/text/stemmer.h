// A Snowball stemmer (libstemmer). Not thread-safe: one per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace dyad::text {

class Stemmer {
 public:
  // `algorithm` is a Snowball name ("dutch", "english") or "none" (identity).
  // ok() is false when libstemmer does not know the algorithm.
  explicit Stemmer(const std::string& algorithm);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  bool ok() const { return ok_; }
  // Stems a folded (lower-case) word.
  std::string Stem(std::string_view folded);

 private:
  sb_stemmer* stemmer_ = nullptr;
  bool ok_ = true;
};

}  // namespace dyad::text
