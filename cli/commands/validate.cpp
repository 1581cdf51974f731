// SPDX-License-Identifier: MIT
#include "validate.hpp"

#include "../formats.hpp"
#include "../terminal.hpp"
#include "ci_output.hpp"

#include <engage/engine.hpp>
#include <engage/render.hpp>
#include <engage/settings.hpp>

#include <CLI/CLI.hpp>

#include <iostream>
#include <sstream>

namespace engage::cli {

void add_check_options(CLI::App& cmd, ValidateOptions& options) {
    cmd.add_option("paths", options.paths,
                   "Plan files, plan folders, collections, or - for standard input")
        ->required()
        ->type_name("PATH");
    cmd.add_option("-f,--format", options.format, "Output format")
        ->check(CLI::IsMember(format_names(findings_formats())))
        ->each([&options](const std::string&) { options.format_given = true; })
        ->default_str("text");
    cmd.add_option("--fail-on", options.fail_on,
                   "Lowest severity that makes the exit status 1 (default: error)")
        ->check(CLI::IsMember({"error", "warning", "info"}));
    cmd.add_flag("--statistics", options.statistics,
                 "Print how many findings each rule made instead of the findings");
    cmd.add_flag("--exit-zero", options.exit_zero,
                 "Exit 0 whatever the findings (unreadable input still exits 2)");
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

namespace {

/// Text output printed plan by plan as each is checked: memory holds only the
/// plans in hand. The standards tables (text style) and the summary follow.
int validate_streamed(const std::vector<std::string>& paths, const RunOptions& run,
                      const TextStyle& style) {
    FindingCounts counts;
    std::size_t plans = 0, files = 0;
    std::string tables; // small: a few lines a plan, printed after every finding
    const RunSummary summary = run_plans(
        paths, run, [](PlanResult&& plan) { return std::move(plan); },
        [&](PlanResult&& plan) {
            const FindingCounts found = count_findings(plan.findings);
            counts.errors += found.errors;
            counts.warnings += found.warnings;
            counts.infos += found.infos;
            files += plan.plan.files.size();
            ++plans;
            ValidateResult one;
            one.plans.push_back(std::move(plan));
            render_findings(std::cout, one, style);
            if (style.show_source) {
                std::ostringstream table;
                render_standards_table(table, one.plans.front(), style.color);
                tables += std::move(table).str();
            }
        });
    std::cout << tables;
    render_summary(std::cout, counts, plans, files);
    return finish(summary.errors, summary.fails);
}

} // namespace

int without_findings_status(const ValidateOptions& options, int status) {
    return options.exit_zero && status == exit_findings ? exit_clean : status;
}

int run_validate(const ValidateOptions& options) {
    RunOptions run;
    run.load.stdin_name = options.stdin_filename;
    run.jobs = options.jobs;
    if (!apply_limit_environment(run.load.limits))
        return exit_usage;
    if (!make_overrides(options.config, options.as_of, options.framework, options.select,
                        options.ignore, run.overrides)) {
        return exit_usage;
    }
    if (!options.fail_on.empty())
        run.overrides.fail_on = parse_severity(options.fail_on);

    if (options.print_config) {
        std::cout << settings_to_toml(resolve_settings(options.paths.front(), run.overrides));
        return exit_clean;
    }
    if (options.statistics) {
        const ValidateResult result = validate_paths(options.paths, run);
        render_statistics(std::cout, result);
        render_summary(std::cout, result);
        return without_findings_status(options, finish(result));
    }
    const FindingsFormat& format = find_format(findings_formats(), chosen_format(options));
    TextStyle style;
    style.color = use_color(options.color, stdout_is_terminal());
    if (format.per_plan) {
        style.show_source = format.show_source;
        return without_findings_status(options, validate_streamed(options.paths, run, style));
    }
    const ValidateResult result = validate_paths(options.paths, run);
    render_findings_as(format, result, style);
    return without_findings_status(options, finish(result));
}

} // namespace engage::cli
