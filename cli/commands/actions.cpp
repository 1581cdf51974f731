// Placeholder: `engage actions` is not built yet.
#include "../terminal.hpp"
#include "command.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace engage::cli {

Command add_actions_command(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand(
        "actions", "List a plan's actions: overdue, blocked, by lead and by standard");
    cmd->allow_extras();
    cmd->group(""); // hidden from --help until it is built
    return {cmd, [] {
                std::cerr << "engage: error: 'actions' is not available in this version\n";
                return exit_usage;
            }};
}

} // namespace engage::cli
