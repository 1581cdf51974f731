// SPDX-License-Identifier: MIT
// `engage validate PATH...`: structural checks, the standards' evidence rules and
// the assessment, for people and CI.
#pragma once

#include <engage/engine.hpp>

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
    bool quiet = false;      ///< findings only: no tables, summary or notes
    std::vector<std::string> outputs; ///< --output FORMAT=FILE, each an extra output
    std::string output_file;          ///< --output-file: the main output's file, not stdout
    std::vector<std::string> exclude; ///< --exclude: glob patterns added to the configured ones
    bool force_exclude = false;       ///< exclusions apply to paths named on the command line too
    unsigned jobs = 0;       ///< plans checked at once; 0: the number of cores
};

/// Declares the options validate and audit share on `cmd`: paths, format,
/// failing level, settings, colour and the name for standard input.
void add_check_options(CLI::App& cmd, ValidateOptions& options);

/// The RunOptions validate and audit check with: --stdin-filename, --jobs, the
/// limits from the environment, the settings options and --fail-on. Prints an
/// error and returns false when one is unusable.
[[nodiscard]] bool make_run_options(const ValidateOptions& options, RunOptions& run);

/// Says once, on standard error, which YAML files were passed over as not
/// plans (unless --quiet): a note, so machine outputs and the exit status stay
/// those of the plans.
void report_not_plans(const ValidateOptions& options, const std::vector<std::string>& files);

/// `status`, or 0 in its place when --exit-zero is given and findings made it 1.
[[nodiscard]] int without_findings_status(const ValidateOptions& options, int status);

/// Declares the subcommand and its options on `app`; returns it.
CLI::App* setup_validate(CLI::App& app, ValidateOptions& options);
[[nodiscard]] int run_validate(const ValidateOptions& options);

} // namespace engage::cli
