// SPDX-License-Identifier: MIT
// `engage completion SHELL`: prints a completion script for bash, zsh or fish,
// written from the command line's own definition (see completion/cli_spec.hpp).
#include "../completion/scripts.hpp"
#include "../terminal.hpp"
#include "command.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <string>

namespace engage::cli {

Command add_completion_command(CLI::App& app) {
    CLI::App* cmd =
        app.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
    auto shell = std::make_shared<std::string>();
    cmd->add_option("shell", *shell, "The shell to complete for")
        ->required()
        ->check(CLI::IsMember({"bash", "zsh", "fish"}))
        ->type_name("SHELL");
    // The whole program is read when the script is printed, after every
    // subcommand has been added.
    return {cmd, [&app, shell] {
                const completion::CliSpec cli = completion::describe_cli(app);
                if (*shell == "bash")
                    completion::write_bash(std::cout, cli);
                else if (*shell == "zsh")
                    completion::write_zsh(std::cout, cli);
                else
                    completion::write_fish(std::cout, cli);
                std::cout.flush();
                return std::cout ? exit_clean : exit_usage;
            }};
}

} // namespace engage::cli
