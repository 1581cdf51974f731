// `engage validate PATH...`: structural and standards checks, for people and CI.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace engage::cli {

struct ValidateOptions {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string fail_on = "error";
    std::string color = "auto";
    std::string stdin_filename = "<stdin>";
};

/// Declares the subcommand and its options on `app`; returns it.
CLI::App* setup_validate(CLI::App& app, ValidateOptions& options);
[[nodiscard]] int run_validate(const ValidateOptions& options);

} // namespace engage::cli
