#include <iostream>
#include <vector>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad: codes political events (CAMEO) from news in many languages"};
  app.require_subcommand(1);
  std::vector<std::pair<CLI::App*, dyad::cli::Runner>> commands;
  for (auto reg : {dyad::cli::RegisterCode, dyad::cli::RegisterIngest, dyad::cli::RegisterQuery, dyad::cli::RegisterEval,
                   dyad::cli::RegisterCompile, dyad::cli::RegisterServe, dyad::cli::RegisterWatch}) {
    size_t before = app.get_subcommands({}).size();
    dyad::cli::Runner run = reg(app);
    commands.emplace_back(app.get_subcommands({})[before], run);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  for (auto& [sub, run] : commands)
    if (sub->parsed()) return run();
  return 2;
}
