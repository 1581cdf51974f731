// engage: the command line. Argument parsing, files and exit codes only; the
// work is done by the library.
#include <engage/version.hpp>

#include "commands/validate.hpp"
#include "terminal.hpp"

#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
    using namespace engage::cli;
    CLI::App app{"engage: check children and young people's participation plans against the National "
                 "Standards for Community Engagement",
                 "engage"};
    app.set_version_flag("--version", std::string("engage ") + engage::version_string);
    app.require_subcommand(1);
    app.fallthrough(false);

    ValidateOptions validate;
    const CLI::App* validate_cmd = setup_validate(app, validate);

    try {
        app.parse(argc, argv);
        if (validate_cmd->parsed()) return run_validate(validate);
    } catch (const CLI::ParseError& error) {
        // Help and version are "errors" with status 0; every real parse error is a usage error.
        const int code = app.exit(error);
        return code == 0 ? exit_clean : exit_usage;
    } catch (const std::exception& error) {
        std::cerr << "engage: internal error: " << error.what() << '\n';
        return exit_usage;
    }
    return exit_clean;
}
