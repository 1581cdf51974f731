// Placeholder: `engage init` is not built yet.
#include "../terminal.hpp"
#include "command.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace engage::cli {

Command add_init_command(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand("init", "Start a new plan folder that validates cleanly");
    cmd->allow_extras();
    cmd->group(""); // hidden from --help until it is built
    return {cmd, [] {
                std::cerr << "engage: error: 'init' is not available in this version\n";
                return exit_usage;
            }};
}

} // namespace engage::cli
