// SPDX-License-Identifier: MIT
#include "validate.hpp"

#include "../formats.hpp"
#include "../terminal.hpp"
#include "ci_output.hpp"

#include <engage/engine.hpp>
#include <engage/render.hpp>
#include <engage/settings.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
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
    cmd.add_option("--output", options.outputs,
                   "Also write FORMAT to FILE (repeatable), from the same run: "
                   "--output sarif=engage.sarif")
        ->check(output_spec(findings_formats()))
        ->allow_extra_args(false)
        ->type_name("FORMAT=FILE");
    cmd.add_option("--output-file", options.output_file,
                   "Write the --format output to FILE instead of standard output")
        ->type_name("FILE");
    cmd.add_option("--exclude", options.exclude,
                   "Pass over files and folders matching these glob patterns when searching "
                   "folders (added to the configured ones; comma-separated)")
        ->delimiter(',')
        ->allow_extra_args(false)
        ->type_name("GLOB");
    cmd.add_flag("--force-exclude", options.force_exclude,
                 "Apply the exclusions to paths named on the command line too (as pre-commit "
                 "names them)");
    cmd.add_flag("-q,--quiet", options.quiet,
                 "Print the findings only: no standards tables, summary or notes, and nothing "
                 "when there are none");
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
/// plans in hand. The standards tables (text style) and the summary follow,
/// unless `style.quiet`.
int validate_streamed(const ValidateOptions& options, const RunOptions& run,
                      const TextStyle& style) {
    FindingCounts counts;
    std::size_t plans = 0, files = 0;
    std::string tables; // small: a few lines a plan, printed after every finding
    const RunSummary summary = run_plans(
        options.paths, run, [](PlanResult&& plan) { return std::move(plan); },
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
            if (style.show_source && !style.quiet) {
                std::ostringstream table;
                render_standards_table(table, one.plans.front(), style.color);
                tables += std::move(table).str();
            }
        });
    if (!style.quiet) {
        std::cout << tables;
        render_summary(std::cout, counts, plans, files);
    }
    report_not_plans(options, summary.not_plans);
    return finish(summary.errors, summary.fails);
}

} // namespace

int without_findings_status(const ValidateOptions& options, int status) {
    return options.exit_zero && status == exit_findings ? exit_clean : status;
}

bool make_run_options(const ValidateOptions& options, RunOptions& run) {
    run.load.stdin_name = options.stdin_filename;
    run.load.force_exclude = options.force_exclude;
    run.jobs = options.jobs;
    if (!apply_limit_environment(run.load.limits))
        return false;
    if (!make_overrides(options.config, options.as_of, options.framework, options.select,
                        options.ignore, run.overrides)) {
        return false;
    }
    run.overrides.exclude = options.exclude;
    if (!options.fail_on.empty())
        run.overrides.fail_on = parse_severity(options.fail_on);
    return true;
}

void report_not_plans(const ValidateOptions& options, const std::vector<std::string>& files) {
    if (!options.quiet)
        report_not_plans(files);
}

int run_validate(const ValidateOptions& options) {
    RunOptions run;
    if (!make_run_options(options, run))
        return exit_usage;

    if (options.print_config) {
        // Standard input's settings are those of the name given to it (see run_plans).
        const std::string& first =
            options.paths.front() == "-" &&
                    options.stdin_filename != ValidateOptions{}.stdin_filename
                ? options.stdin_filename
                : options.paths.front();
        std::cout << settings_to_toml(resolve_settings(first, run.overrides));
        return exit_clean;
    }
    const FindingsFormat& format = find_format(findings_formats(), chosen_format(options));
    if (format.per_plan && !options.statistics && standard_output_only(options)) {
        TextStyle style;
        style.color = use_color(options.color, stdout_is_terminal());
        style.show_source = format.show_source;
        style.quiet = options.quiet;
        return without_findings_status(options, validate_streamed(options, run, style));
    }
    const ValidateResult result = validate_paths(options.paths, run);
    const int written = write_outputs(findings_formats(), options, result);
    report_not_plans(options, result.not_plans);
    return std::max(written, without_findings_status(options, finish(result)));
}

} // namespace engage::cli
