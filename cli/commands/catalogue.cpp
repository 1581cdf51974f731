// SPDX-License-Identifier: MIT
#include "catalogue.hpp"

#include "../terminal.hpp"

#include <engage/framework.hpp>
#include <engage/render.hpp>
#include <engage/rules.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

namespace engage::cli {

CLI::App* setup_rules(CLI::App& app, CatalogueOptions& options) {
    auto* cmd = app.add_subcommand(
        "rules", "List every rule: code, name, severity, standard and what it finds");
    cmd->add_option("-f,--format", options.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->default_str("text");
    return cmd;
}

CLI::App* setup_explain(CLI::App& app, CatalogueOptions& options) {
    auto* cmd =
        app.add_subcommand("explain", "Explain a rule: why it matters, an example, and what to do");
    cmd->add_option("rule", options.rule, "Rule name or code, e.g. placeholder-lead or E343")
        ->required()
        ->type_name("RULE");
    return cmd;
}

CLI::App* setup_standards(CLI::App& app, CatalogueOptions& options) {
    auto* cmd = app.add_subcommand(
        "standards", "List a framework's standards, indicators and the rules behind them");
    cmd->add_option("--framework", options.framework, "A built-in framework id or a framework file")
        ->type_name("ID|FILE")
        ->default_str("national-standards");
    cmd->add_option("-f,--format", options.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->default_str("text");
    return cmd;
}

int run_rules(const CatalogueOptions& options) {
    if (options.format == "json") {
        render_rule_list_json(std::cout);
    } else {
        render_rule_list(std::cout);
    }
    return exit_clean;
}

int run_explain(const CatalogueOptions& options) {
    const RuleInfo* rule = find_rule(options.rule);
    if (rule == nullptr) {
        report_error("no rule is called '" + options.rule + "'");
        if (auto near = closest_rule_name(options.rule))
            std::cerr << "Did you mean '" << *near << "'?\n";
        std::cerr << "Run 'engage rules' for the list of rules.\n";
        return exit_usage;
    }
    render_rule_doc(std::cout, *rule);
    return exit_clean;
}

int run_standards(const CatalogueOptions& options) {
    std::shared_ptr<const Framework> framework = builtin_framework(options.framework);
    std::error_code ec;
    if (!framework && !std::filesystem::is_regular_file(options.framework, ec)) {
        report_unknown_framework(options.framework);
        return exit_usage;
    }
    if (!framework) {
        FrameworkLoad loaded = load_framework_file(options.framework);
        for (const auto& finding : loaded.findings) {
            report_error(format_finding_line(finding));
        }
        if (!loaded.framework)
            return exit_usage;
        framework = loaded.framework;
    }
    if (options.format == "json") {
        render_framework_json(std::cout, *framework);
    } else {
        render_framework(std::cout, *framework);
    }
    return exit_clean;
}

} // namespace engage::cli
