// SPDX-License-Identifier: MIT
// `engage diff OLD NEW`: what changed between two versions of a plan. Each side
// is a plan path, or REV:PATH read from the git repository PATH is in.
#include "../formats.hpp"
#include "../terminal.hpp"
#include "command.hpp"

#include <engage/diff.hpp>
#include <engage/engine.hpp>
#include <engage/load.hpp>
#include <engage/progress.hpp>

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <optional>

namespace engage::cli {

namespace {

struct DiffOptions {
    std::string old_side, new_side;
    std::string format = "text";
    std::string fail_on_new; ///< empty: the exit status does not depend on findings
    std::string config, as_of, framework;
    std::vector<std::string> select, ignore;
};

/// One side of the diff, loaded; prints why and returns nothing when it cannot be.
std::optional<LoadedPlan> load_side(const std::string& given, const LoadLimits& limits) {
    if (const auto at = parse_revision_path(given)) {
        try {
            return load_plan_at_revision(*at, limits);
        } catch (const GitError& error) {
            report_input_error(given, error.what());
            return std::nullopt;
        }
    }
    LoadOptions load;
    load.limits = limits;
    LoadResult loaded = load_paths({given}, load);
    for (const auto& error : loaded.errors)
        report_input_error(error.path, error.message);
    if (!loaded.errors.empty())
        return std::nullopt;
    if (loaded.plans.size() != 1) {
        report_input_error(given, "holds " + std::to_string(loaded.plans.size()) +
                                      " plans; diff compares one plan with another");
        return std::nullopt;
    }
    return std::move(loaded.plans.front());
}

/// Where configuration is looked for: the path on disk, without any revision.
std::string disk_path(const std::string& given) {
    const auto at = parse_revision_path(given);
    return at ? at->path : given;
}

int run_diff(const DiffOptions& options) {
    RunOptions run;
    if (!make_overrides(options.config, options.as_of, options.framework, options.select,
                        options.ignore, run.overrides))
        return exit_usage;
    if (!apply_limit_environment(run.load.limits))
        return exit_usage;
    std::optional<LoadedPlan> before = load_side(options.old_side, run.load.limits);
    std::optional<LoadedPlan> after = load_side(options.new_side, run.load.limits);
    if (!before || !after)
        return exit_usage;
    // Both sides are checked with the same settings, so only the plan's own changes show.
    Checker checker(run);
    const Settings& settings = checker.settings_for(disk_path(options.new_side));
    PlanDiff diff = diff_plans(checker.check(std::move(*before), settings),
                               checker.check(std::move(*after), settings));
    diff.old_name = options.old_side; // as the reader typed them
    diff.new_name = options.new_side;
    find_format(diff_formats(), options.format).render(std::cout, diff);
    std::cout.flush();
    // A gate for pull requests: fail on what this change adds, not on what the plan
    // already had (which `engage validate` reports).
    if (!options.fail_on_new.empty()) {
        if (const auto level = parse_severity(options.fail_on_new);
            level && reaches(diff.findings_new, *level))
            return exit_findings;
    }
    return exit_clean;
}

} // namespace

Command add_diff_command(CLI::App& app) {
    auto options = std::make_shared<DiffOptions>();
    CLI::App* cmd = app.add_subcommand("diff", "Show what changed between two versions of a plan");
    cmd->add_option("old", options->old_side, "The earlier version: a plan path, or REV:PATH")
        ->required()
        ->type_name("OLD");
    cmd->add_option("new", options->new_side, "The later version: a plan path, or REV:PATH")
        ->required()
        ->type_name("NEW");
    cmd->add_option("-f,--format", options->format, "Output format")
        ->check(CLI::IsMember(format_names(diff_formats())))
        ->default_str("text");
    cmd->add_option("--fail-on-new", options->fail_on_new,
                    "Exit 1 when the new version adds a finding at this severity or above")
        ->check(CLI::IsMember({"error", "warning", "info"}))
        ->type_name("LEVEL");
    add_settings_options(*cmd, options->config, options->as_of, options->framework, options->select,
                         options->ignore);
    return {cmd, [options] { return run_diff(*options); }};
}

} // namespace engage::cli
