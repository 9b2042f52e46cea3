#include <fstream>
#include <iostream>

#include "commands.h"
#include "dyad/lexicon.h"

namespace dyad::cli {

Runner RegisterCompile(CLI::App& app) {
  auto* cmd = app.add_subcommand("compile-lexicon", "Compile data/lexicons into a versioned artifact");
  auto data = std::make_shared<std::string>("data");
  auto out = std::make_shared<std::string>("dyad.lex");
  cmd->add_option("--data", *data, "data folder (lexicons/, cameo/, geo/)")->capture_default_str();
  cmd->add_option("--out,-o", *out, "artifact to write")->capture_default_str();
  return [data, out]() {
    CompileReport report;
    auto lex = Lexicon::Compile(*data, &report);
    if (!lex.ok()) {
      std::cerr << "dyad compile-lexicon: " << lex.status().ToString() << "\n";
      return 1;
    }
    std::string bytes = lex.value()->Serialize();
    std::string tmp = *out + ".tmp";
    std::ofstream f(tmp, std::ios::binary);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    f.close();
    if (!f || std::rename(tmp.c_str(), out->c_str()) != 0) {
      std::cerr << "dyad compile-lexicon: cannot write " << *out << "\n";
      return 1;
    }
    std::cerr << "dyad compile-lexicon: " << report.languages << " languages, " << report.patterns << " patterns, "
              << report.persons << " persons -> " << *out << " (" << bytes.size() << " bytes)\n";
    return 0;
  };
}

}  // namespace dyad::cli
