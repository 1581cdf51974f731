// SPDX-License-Identifier: MIT
// `engage assess PATH...`: each plan's verdict against the standards, with the
// evidence behind every indicator. A view, not a check: it fails only on input
// that cannot be read.
#include "../terminal.hpp"
#include "command.hpp"

#include <engage/engine.hpp>
#include <engage/render.hpp>

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace engage::cli {

namespace {

struct AssessOptions {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string config;
    std::string as_of;
    std::string framework;
    std::vector<std::string> select;
    std::vector<std::string> ignore;
    std::string stdin_filename = "<stdin>";
};

CLI::App* setup_assess(CLI::App& app, AssessOptions& options) {
    auto* cmd = app.add_subcommand(
        "assess", "Show each plan's verdict against the standards, with the evidence for each "
                  "indicator and what is missing");
    cmd->add_option("paths", options.paths,
                    "Plan files, plan folders, collections, or - for standard input")
        ->required()
        ->type_name("PATH");
    cmd->add_option("-f,--format", options.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->default_str("text");
    add_settings_options(*cmd, options.config, options.as_of, options.framework, options.select,
                         options.ignore);
    cmd->add_option("--stdin-filename", options.stdin_filename, "Name shown for - (standard input)")
        ->type_name("NAME");
    return cmd;
}

int run_assess(const AssessOptions& options) {
    RunOptions engine_options;
    engine_options.load.stdin_name = options.stdin_filename;
    if (!apply_limit_environment(engine_options.load.limits))
        return exit_usage;
    if (!make_overrides(options.config, options.as_of, options.framework, options.select,
                        options.ignore, engine_options.overrides))
        return exit_usage;
    const ValidateResult result = validate_paths(options.paths, engine_options);
    if (options.format == "json") {
        render_json(std::cout, result);
    } else {
        for (const PlanResult& plan : result.plans)
            render_assessment(std::cout, plan, TextStyle{});
    }
    std::cout.flush();
    report_not_plans(result.not_plans);
    return finish(result.errors, false);
}

} // namespace

Command add_assess_command(CLI::App& app) {
    auto options = std::make_shared<AssessOptions>();
    return {setup_assess(app, *options), [options] { return run_assess(*options); }};
}

} // namespace engage::cli
