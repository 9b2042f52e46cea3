// The dyad CLI: one file per subcommand, each a thin adapter over the library.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace dyad::cli {

// Each Register* adds a subcommand and returns the function that runs it
// (its exit code) when the subcommand was chosen.
using Runner = std::function<int()>;
Runner RegisterCode(CLI::App& app);
Runner RegisterEval(CLI::App& app);
Runner RegisterCompile(CLI::App& app);
Runner RegisterIngest(CLI::App& app);
Runner RegisterQuery(CLI::App& app);
Runner RegisterServe(CLI::App& app);
Runner RegisterWatch(CLI::App& app);

}  // namespace dyad::cli
