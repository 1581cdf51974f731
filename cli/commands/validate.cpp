#include "validate.hpp"

#include "../terminal.hpp"
#include "ci_output.hpp"

#include <engage/batch.hpp>
#include <engage/config.hpp>
#include <engage/engine.hpp>
#include <engage/render.hpp>

#include <CLI/CLI.hpp>

#include <iostream>

namespace engage::cli {

void add_check_options(CLI::App& cmd, ValidateOptions& options) {
    cmd.add_option("paths", options.paths,
                   "Plan files, plan folders, collections, or - for standard input")
        ->required()
        ->type_name("PATH");
    cmd.add_option("-f,--format", options.format, "Output format")
        ->check(CLI::IsMember(
            std::vector<std::string>(std::begin(check_formats), std::end(check_formats))))
        ->each([&options](const std::string&) { options.format_given = true; })
        ->default_str("text");
    cmd.add_option("--fail-on", options.fail_on,
                   "Lowest severity that makes the exit status 1 (default: error)")
        ->check(CLI::IsMember({"error", "warning", "info"}));
    add_settings_options(cmd, options.config, options.as_of, options.framework, options.select,
                         options.ignore);
    cmd.add_option("--color", options.color, "Colour in text output")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->default_str("auto");
    cmd.add_option("--stdin-filename", options.stdin_filename,
                   "Name shown for - (standard input) in findings")
        ->type_name("NAME");
    cmd.add_option("-j,--jobs", options.jobs,
                   "Plans checked at once (default: the number of cores)")
        ->check(CLI::Range(1u, 1024u))
        ->type_name("N");
}

CLI::App* setup_validate(CLI::App& app, ValidateOptions& options) {
    auto* cmd = app.add_subcommand(
        "validate", "Check plans against the format and the standards, and report findings");
    add_check_options(*cmd, options);
    cmd->add_flag("--print-config", options.print_config,
                  "Print the settings the first PATH is checked with, and exit");
    return cmd;
}

int run_validate(const ValidateOptions& options) {
    engage::ValidateOptions engine_options;
    engine_options.load.stdin_name = options.stdin_filename;
    if (!apply_limit_environment(engine_options.load.limits))
        return exit_usage;
    if (!make_overrides(options.config, options.as_of, options.framework, options.select,
                        options.ignore, engine_options.overrides)) {
        return exit_usage;
    }
    if (!options.fail_on.empty())
        engine_options.overrides.fail_on = parse_severity(options.fail_on);

    if (options.print_config) {
        std::cout << settings_to_toml(
            resolve_settings(options.paths.front(), engine_options.overrides));
        return exit_clean;
    }
    BatchOptions batch;
    batch.validate = engine_options;
    batch.jobs = options.jobs;
    const std::string format = chosen_format(options);
    if (format == "text" || format == "concise") {
        // Printed plan by plan as each is checked: memory holds only the plans in hand.
        TextStyle style;
        style.color = use_color(options.color, stdout_is_terminal());
        style.show_source = format == "text";
        const TextRun run = render_text_streamed(std::cout, options.paths, batch, style);
        return finish(run.errors, run.fails);
    }
    const ValidateResult result = validate_paths(options.paths, batch);
    if (!render_ci_format(format, result))
        render_json(std::cout, result);
    return finish(result);
}

} // namespace engage::cli
