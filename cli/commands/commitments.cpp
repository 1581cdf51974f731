// Placeholder: `engage commitments` is not built yet.
#include "../terminal.hpp"
#include "command.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace engage::cli {

Command add_commitments_command(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand("commitments",
                                       "List a plan's commitments and the reviews that fall due");
    cmd->allow_extras();
    cmd->group(""); // hidden from --help until it is built
    return {cmd, [] {
                std::cerr << "engage: error: 'commitments' is not available in this version\n";
                return exit_usage;
            }};
}

} // namespace engage::cli
