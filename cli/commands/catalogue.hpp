// SPDX-License-Identifier: MIT
// `engage rules`, `engage explain RULE` and `engage standards`: the rule
// registry and the frameworks, for people deciding what to fix or configure.
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace engage::cli {

struct CatalogueOptions {
    std::string format = "text";
    std::string rule;
    std::string framework = "national-standards";
};

CLI::App* setup_rules(CLI::App& app, CatalogueOptions& options);
CLI::App* setup_explain(CLI::App& app, CatalogueOptions& options);
CLI::App* setup_standards(CLI::App& app, CatalogueOptions& options);

[[nodiscard]] int run_rules(const CatalogueOptions& options);
[[nodiscard]] int run_explain(const CatalogueOptions& options);
[[nodiscard]] int run_standards(const CatalogueOptions& options);

} // namespace engage::cli
