// dyad/lexicon.h — compiled language knowledge.
//
// Language packs are plain text under data/lexicons/<lang>/ (format:
// data/lexicons/README.md). Compile them once into a versioned artifact, then
// load that artifact in every process and share it across threads:
//
//   auto lex = dyad::Lexicon::Compile("data");          // file:line errors
//   std::string bytes = lex.value()->Serialize();       // write to dyad.lex
//   auto loaded = dyad::Lexicon::Load("build/dyad.lex"); // magic+version checked
//
// A Lexicon is immutable after construction: any number of threads may use one
// `std::shared_ptr<const Lexicon>` at once. Loading the default artifact takes
// a few tens of milliseconds.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

namespace lex { struct LexiconData; }

struct CompileReport {
  size_t languages = 0, patterns = 0, persons = 0;
};

class Lexicon {
 public:
  // The artifact's format version; bumped whenever the layout changes.
  static constexpr uint32_t kFormatVersion = 10;

  // Compiles every language pack under `data_dir`/lexicons plus the CAMEO and
  // geo tables under `data_dir`. Errors name the file, line and bad text.
  static Result<std::shared_ptr<const Lexicon>> Compile(const std::string& data_dir,
                                                        CompileReport* report = nullptr);
  // Reads an artifact written by Serialize(). Fails on a wrong magic number,
  // another format version, a checksum mismatch or a truncated file.
  static Result<std::shared_ptr<const Lexicon>> Load(const std::string& path);
  static Result<std::shared_ptr<const Lexicon>> FromBytes(std::string_view bytes, const std::string& origin);

  std::string Serialize() const;
  std::vector<std::string> Languages() const;
  const lex::LexiconData& data() const { return *data_; }

  explicit Lexicon(std::unique_ptr<lex::LexiconData> data);
  ~Lexicon();

 private:
  std::unique_ptr<lex::LexiconData> data_;
};

// Where `dyad` looks for its artifact: $DYAD_LEXICON, else dyad.lex beside the
// executable, else ../share/dyad/dyad.lex relative to it.
std::string DefaultLexiconPath();

}  // namespace dyad
