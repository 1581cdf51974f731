// SPDX-License-Identifier: MIT
// One subcommand of the CLI: where CLI11 records its options, and what runs it.
// Every command file adds itself through an add_*_command function listed in
// commands.cpp, so a new command touches no other command's file.
#pragma once

#include <functional>
#include <vector>

namespace CLI {
class App;
}

namespace engage::cli {

struct Command {
    CLI::App* app = nullptr;  ///< the subcommand, to ask whether it was parsed
    std::function<int()> run; ///< runs it once parsed; returns the exit status
};

// Each adds its subcommand to `app` (options are owned by the returned run).
Command add_validate_command(CLI::App& app);
Command add_audit_command(CLI::App& app);
Command add_assess_command(CLI::App& app);
Command add_graph_command(CLI::App& app);
Command add_report_command(CLI::App& app);
Command add_actions_command(CLI::App& app);
Command add_commitments_command(CLI::App& app);
Command add_diff_command(CLI::App& app);
Command add_standards_command(CLI::App& app);
Command add_rules_command(CLI::App& app);
Command add_explain_command(CLI::App& app);
Command add_init_command(CLI::App& app);
Command add_completion_command(CLI::App& app);

/// The whole command line: every subcommand, in the order `--help` lists them.
/// Also what the completion generator reads, so completions never drift.
std::vector<Command> add_all_commands(CLI::App& app);

} // namespace engage::cli
