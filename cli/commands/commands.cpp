// SPDX-License-Identifier: MIT
#include "audit.hpp"
#include "catalogue.hpp"
#include "command.hpp"
#include "validate.hpp"

#include <memory>

namespace engage::cli {

Command add_validate_command(CLI::App& app) {
    auto options = std::make_shared<ValidateOptions>();
    return {setup_validate(app, *options), [options] { return run_validate(*options); }};
}

Command add_audit_command(CLI::App& app) {
    auto options = std::make_shared<ValidateOptions>();
    return {setup_audit(app, *options), [options] { return run_audit(*options); }};
}

Command add_graph_command(CLI::App& app) {
    auto options = std::make_shared<GraphOptions>();
    return {setup_graph(app, *options), [options] { return run_graph(*options); }};
}

Command add_standards_command(CLI::App& app) {
    auto options = std::make_shared<CatalogueOptions>();
    return {setup_standards(app, *options), [options] { return run_standards(*options); }};
}

Command add_rules_command(CLI::App& app) {
    auto options = std::make_shared<CatalogueOptions>();
    return {setup_rules(app, *options), [options] { return run_rules(*options); }};
}

Command add_explain_command(CLI::App& app) {
    auto options = std::make_shared<CatalogueOptions>();
    return {setup_explain(app, *options), [options] { return run_explain(*options); }};
}

std::vector<Command> add_all_commands(CLI::App& app) {
    return {
        add_validate_command(app),    add_assess_command(app),  add_audit_command(app),
        add_graph_command(app),       add_report_command(app),  add_actions_command(app),
        add_commitments_command(app), add_diff_command(app),    add_standards_command(app),
        add_rules_command(app),       add_explain_command(app), add_init_command(app),
        add_completion_command(app),
    };
}

} // namespace engage::cli
