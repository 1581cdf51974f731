// SPDX-License-Identifier: MIT
// engage: the command line. Argument parsing, files and exit codes only; the
// work is done by the library.
#include "commands/command.hpp"
#include "terminal.hpp"

#include <engage/settings.hpp>
#include <engage/version.hpp>

#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <vector>

int main(int argc, char** argv) {
    using namespace engage::cli;
    CLI::App app{
        "engage: check children and young people's participation plans against the National "
        "Standards for Community Engagement",
        "engage"};
    app.set_version_flag("-V,--version", std::string("engage ") + engage::version_string +
                                             "\nLicence: " + engage::licence_spdx +
                                             " (Copyright 2026 the engage contributors)");
    app.require_subcommand(1);
    app.fallthrough(false);

    const std::vector<Command> commands = add_all_commands(app);

    // CLI11 would call an unknown command "extra arguments"; name it plainly.
    const auto is_command = [&app](const std::string& name) {
        return !app.get_subcommands([&](const CLI::App* sub) { return sub->get_name() == name; })
                    .empty();
    };
    if (argc > 1 && argv[1][0] != '-' && !is_command(argv[1])) {
        report_error("unknown command '" + std::string(argv[1]) + "'");
        std::cerr << "Run 'engage --help' for the list of commands.\n";
        return exit_usage;
    }
    try {
        app.parse(argc, argv);
        for (const Command& command : commands) {
            if (command.app->parsed())
                return command.run();
        }
    } catch (const CLI::CallForHelp& request) {
        return app.exit(request);
    } catch (const CLI::CallForAllHelp& request) {
        return app.exit(request);
    } catch (const CLI::CallForVersion& request) {
        return app.exit(request);
    } catch (const CLI::ParseError& error) {
        // Every real parse error (CLI11's codes 100 and up) is a usage error: exit 2.
        report_error(error.what());
        std::cerr << "Run 'engage --help' or 'engage COMMAND --help' for more information.\n";
        return exit_usage;
    } catch (const engage::ConfigError& error) {
        report_error(error.what());
        return exit_usage;
    } catch (const std::exception& error) {
        std::cerr << "engage: internal error: " << shown(error.what()) << '\n';
        return exit_usage;
    }
    return exit_clean;
}
