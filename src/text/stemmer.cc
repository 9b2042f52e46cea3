#include "text/stemmer.h"

#include <libstemmer.h>

namespace dyad::text {

Stemmer::Stemmer(const std::string& algorithm) {
  if (algorithm == "none" || algorithm.empty()) return;
  stemmer_ = sb_stemmer_new(algorithm.c_str(), "UTF_8");
  ok_ = stemmer_ != nullptr;
}

Stemmer::~Stemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string Stemmer::Stem(std::string_view folded) {
  if (!stemmer_) return std::string(folded);
  const sb_symbol* r = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(folded.data()),
                                       static_cast<int>(folded.size()));
  if (!r) return std::string(folded);  // out of memory in libstemmer: fall back to the word
  return std::string(reinterpret_cast<const char*>(r), static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace dyad::text
