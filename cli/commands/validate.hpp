// SPDX-License-Identifier: MIT
// `engage validate PATH...`: structural checks, the standards' evidence rules and
// the assessment, for people and CI.
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
    bool format_given =
        false;           ///< --format was on the command line (else GITHUB_ACTIONS may choose)
    std::string fail_on; ///< empty: the configuration's, else error
    std::string color = "auto";
    std::string stdin_filename = "<stdin>";
    std::string config;
    std::string as_of;
    std::string framework;
    std::vector<std::string> select;
    std::vector<std::string> ignore;
    bool print_config = false;
    bool statistics = false; ///< a count per rule instead of the findings
    bool exit_zero = false;  ///< findings never make the exit status 1 (input errors still 2)
    unsigned jobs = 0;       ///< plans checked at once; 0: the number of cores
};

/// Declares the options validate and audit share on `cmd`: paths, format,
/// failing level, settings, colour and the name for standard input.
void add_check_options(CLI::App& cmd, ValidateOptions& options);

/// `status`, or 0 in its place when --exit-zero is given and findings made it 1.
[[nodiscard]] int without_findings_status(const ValidateOptions& options, int status);

/// Declares the subcommand and its options on `app`; returns it.
CLI::App* setup_validate(CLI::App& app, ValidateOptions& options);
[[nodiscard]] int run_validate(const ValidateOptions& options);

} // namespace engage::cli
