// SPDX-License-Identifier: MIT
#include "audit.hpp"

#include "../formats.hpp"
#include "../terminal.hpp"
#include "ci_output.hpp"

#include <engage/engine.hpp>
#include <engage/graph.hpp>
#include <engage/render.hpp>
#include <engage/rules.hpp>

#include <CLI/CLI.hpp>

#include <iostream>

namespace engage::cli {

CLI::App* setup_audit(CLI::App& app, ValidateOptions& options) {
    auto* cmd = app.add_subcommand(
        "audit", "Audit how forums' views reach the bodies that decide, and come back");
    add_check_options(*cmd, options);
    return cmd;
}

int run_audit(const ValidateOptions& options) {
    // The audit is the structural and flow rules (and unused suppressions),
    // narrowed further by --select when it is given.
    ValidateOptions audit = options;
    const std::vector<std::string> allowed = flow_audit_selection(options.select);
    if (allowed.empty()) {
        // An empty selection would mean "every rule": say instead that none was chosen.
        std::cerr << "engage: error: --select: none of these rules is part of the audit (its rules "
                     "are the "
                     "structural and flow rules; see 'engage rules')\n";
        return exit_usage;
    }
    audit.select = allowed;
    RunOptions run;
    if (!make_run_options(audit, run))
        return exit_usage;
    const ValidateResult result = validate_paths(options.paths, run);
    const int written = write_outputs(audit_formats(), options, result);
    report_not_plans(options, result.not_plans);
    return std::max(written, without_findings_status(options, finish(result)));
}

CLI::App* setup_graph(CLI::App& app, GraphOptions& options) {
    auto* cmd = app.add_subcommand(
        "graph", "Draw one plan's flow of views as a Mermaid or Graphviz diagram");
    cmd->add_option("path", options.path, "A plan file, a plan folder, or - for standard input")
        ->required()
        ->type_name("PATH");
    cmd->add_option("-f,--format", options.format, "Diagram language")
        ->check(CLI::IsMember({"mermaid", "dot"}))
        ->default_str("mermaid");
    cmd->add_option("--stdin-filename", options.stdin_filename, "Name shown for - (standard input)")
        ->type_name("NAME");
    return cmd;
}

int run_graph(const GraphOptions& options) {
    LoadOptions load;
    load.stdin_name = options.stdin_filename;
    if (!apply_limit_environment(load.limits))
        return exit_usage;
    const LoadResult loaded = load_paths({options.path}, load);
    for (const auto& error : loaded.errors)
        report_input_error(error.path, error.message);
    if (!loaded.errors.empty())
        return exit_usage;
    if (loaded.plans.size() != 1) {
        report_input_error(options.path, "graph draws one plan, and this path holds " +
                                             std::to_string(loaded.plans.size()) +
                                             "; name one plan file or plan folder");
        return exit_usage;
    }
    const Plan& plan = loaded.plans.front().plan;
    if (!plan.has_plan_section) {
        report_input_error(options.path,
                           "no plan to draw (run 'engage validate' on it to see why)");
        return exit_usage;
    }
    const FlowGraph graph(plan);
    if (options.format == "dot") {
        render_dot(std::cout, plan, graph);
    } else {
        render_mermaid(std::cout, plan, graph);
    }
    return exit_clean;
}

} // namespace engage::cli
