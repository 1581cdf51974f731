// SPDX-License-Identifier: MIT
#include "progress.hpp"

#include "../formats.hpp"
#include "../terminal.hpp"

#include <engage/diff.hpp>
#include <engage/engine.hpp>
#include <engage/progress.hpp>
#include <engage/render.hpp>

#include <CLI/CLI.hpp>

#include <iostream>

namespace engage::cli {

CLI::App* setup_progress(CLI::App& app, ProgressOptions& options) {
    const bool actions = options.kind == ProgressKind::actions;
    auto* cmd = app.add_subcommand(
        actions ? "actions" : "commitments",
        actions ? "List a plan's actions: overdue, blocked, by lead and by standard"
                : "List duty-bearers' commitments and the reviews that fall due");
    options.app = cmd;
    cmd->add_option("paths", options.paths,
                    "Plan files, plan folders, collections, or - for standard input")
        ->required()
        ->type_name("PATH");
    cmd->add_option("--as-of", options.as_of,
                    "Date that overdue and due dates measure against (default: today)")
        ->check(date_given())
        ->type_name("DATE");
    cmd->add_option("--config", options.config,
                    "Use this configuration file instead of the nearest .engage.toml")
        ->type_name("FILE");
    cmd->add_option("--status", options.statuses,
                    "Keep these statuses (comma-separated; none for no status)")
        ->delimiter(',')
        ->allow_extra_args(false)
        ->type_name("STATUS");
    cmd->add_option("--lead", options.lead,
                    actions ? "Keep actions whose lead contains this text (any case)"
                            : "Keep commitments whose maker (by) contains this text (any case)")
        ->type_name("TEXT");
    if (actions) {
        cmd->add_option("--standard", options.standard, "Keep actions that serve this standard")
            ->type_name("KEY");
    }
    cmd->add_flag("--overdue", options.overdue,
                  actions ? "Keep actions past their due date and not done or dropped"
                          : "Keep commitments past their review date and not done or dropped");
    cmd->add_option("--due-within", options.due_within,
                    actions ? "Keep open actions due in the next DAYS days"
                            : "Keep open commitments whose review falls in the next DAYS days")
        ->check(CLI::NonNegativeNumber)
        ->type_name("DAYS");
    cmd->add_option("-f,--format", options.format, "Output format")
        ->check(CLI::IsMember(format_names(progress_formats())))
        ->default_str("text");
    cmd->add_flag("--fail-if-any", options.fail_if_any,
                  "Exit with status 1 when anything is listed (for CI, with --overdue)");
    return cmd;
}

namespace {

bool make_query(const ProgressOptions& options, ProgressQuery& query) {
    for (const auto& name : options.statuses) {
        const auto status = parse_status_filter(name);
        if (!status) {
            report_error("--status: '" + name +
                         "' is not a status (planned, in-progress, done, blocked, dropped, none)");
            return false;
        }
        query.statuses.push_back(*status);
    }
    query.lead = options.lead;
    query.standard = options.standard;
    query.overdue = options.overdue;
    if (options.app->count("--due-within") > 0)
        query.due_within_days = options.due_within;
    return true;
}

} // namespace

int run_progress(const ProgressOptions& options) {
    RunOptions run;
    run.check = false; // lists need the plans and their as-of date, not the checks
    ProgressQuery query;
    if (!make_overrides(options.config, options.as_of, "", {}, {}, run.overrides) ||
        !make_query(options, query))
        return exit_usage;
    if (!apply_limit_environment(run.load.limits))
        return exit_usage;
    std::vector<ProgressReport> reports;
    std::vector<Finding> errors; // a plan that is not read in full may list too little
    const RunSummary summary = run_plans(
        options.paths, run, [](PlanResult&& plan) { return std::move(plan); },
        [&](PlanResult&& plan) {
            query.as_of = *plan.settings.as_of;
            reports.push_back(query_progress(plan.plan, options.kind, query));
            for (const Finding& f : plan.findings) {
                if (f.severity == Severity::error)
                    errors.push_back(f);
            }
        });
    const ProgressFormat& format = find_format(progress_formats(), options.format);
    format.render(std::cout, options.kind, reports, errors);
    if (!format.holds_findings) {
        std::cout.flush();
        for (const Finding& f : errors)
            std::cerr << format_finding_line(f) << '\n';
    }
    std::cout.flush();
    report_not_plans(summary.not_plans);
    for (const auto& error : summary.errors)
        report_input_error(error.path, error.message);
    if (!summary.errors.empty())
        return exit_usage;
    std::size_t listed = 0;
    for (const auto& report : reports)
        listed += report.items.size();
    return !errors.empty() || (options.fail_if_any && listed > 0) ? exit_findings : exit_clean;
}

} // namespace engage::cli
