// Placeholder: `engage report` is not built yet.
#include "../terminal.hpp"
#include "command.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace engage::cli {

Command add_report_command(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand(
        "report", "Write reports on plans for people: Markdown, CSV, HTML or JSON");
    cmd->allow_extras();
    cmd->group(""); // hidden from --help until it is built
    return {cmd, [] {
                std::cerr << "engage: error: 'report' is not available in this version\n";
                return exit_usage;
            }};
}

} // namespace engage::cli
