// Placeholder: `engage diff` is not built yet.
#include "../terminal.hpp"
#include "command.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace engage::cli {

Command add_diff_command(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand("diff", "Show what changed between two versions of a plan");
    cmd->allow_extras();
    cmd->group(""); // hidden from --help until it is built
    return {cmd, [] {
                std::cerr << "engage: error: 'diff' is not available in this version\n";
                return exit_usage;
            }};
}

} // namespace engage::cli
