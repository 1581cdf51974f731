// Placeholder: `engage completion` is not built yet.
#include "../terminal.hpp"
#include "command.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace engage::cli {

Command add_completion_command(CLI::App& app) {
    CLI::App* cmd =
        app.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
    cmd->allow_extras();
    cmd->group(""); // hidden from --help until it is built
    return {cmd, [] {
                std::cerr << "engage: error: 'completion' is not available in this version\n";
                return exit_usage;
            }};
}

} // namespace engage::cli
