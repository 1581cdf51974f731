// SPDX-License-Identifier: MIT
// `engage audit PATH...`: how forums' views reach the bodies that decide.
// `engage graph PATH`: the same flow as a Mermaid or Graphviz picture.
#pragma once

#include "validate.hpp"

#include <string>

namespace CLI {
class App;
}

namespace engage::cli {

/// `audit` takes validate's options; it runs only the structural and flow rules.
CLI::App* setup_audit(CLI::App& app, ValidateOptions& options);
[[nodiscard]] int run_audit(const ValidateOptions& options);

struct GraphOptions {
    std::string path;
    std::string format = "mermaid";
    std::string stdin_filename = "<stdin>";
};

CLI::App* setup_graph(CLI::App& app, GraphOptions& options);
[[nodiscard]] int run_graph(const GraphOptions& options);

} // namespace engage::cli
