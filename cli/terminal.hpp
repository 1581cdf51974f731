// SPDX-License-Identifier: MIT
// What every subcommand shares: exit codes, colour choice, error lines, and the
// options that set how plans are checked.
#pragma once

#include <engage/engine.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
class Validator;
} // namespace CLI

namespace engage::cli {

inline constexpr int exit_clean = 0;    ///< nothing at or above the failing level
inline constexpr int exit_findings = 1; ///< a finding reached the failing level
inline constexpr int exit_usage = 2;    ///< bad arguments, configuration or unreadable input

[[nodiscard]] bool stdout_is_terminal();

/// Today's date, the default for --as-of and init's --start: the one place
/// engage reads the clock.
[[nodiscard]] Date today();

/// `choice` is auto|always|never. auto: never when NO_COLOR is set (not empty);
/// else always when FORCE_COLOR or CLICOLOR_FORCE is set (not empty, not "0");
/// else never under TERM=dumb; else when standard output is a terminal.
[[nodiscard]] bool use_color(std::string_view choice, bool is_terminal);

/// Prints `engage: error: PATH: message` to standard error, each part as
/// printable() shows it: a file name or message can never start a line of its
/// own, nor send a control character to the terminal or CI log.
void report_input_error(std::string_view path, std::string_view message);

/// One info line on standard error naming the YAML files passed over as not
/// plans (the first five, then how many more); nothing when there are none.
void report_not_plans(const std::vector<std::string>& files);

/// Prints `engage: error: MESSAGE` to standard error, as printable() shows it.
void report_error(std::string_view message);

/// `text` as printable() shows it, for a message on standard error.
[[nodiscard]] std::string shown(std::string_view text);

/// After a run's output: flushes it, names the inputs that could not be read,
/// and returns the exit status (2 for unreadable input, 1 for findings at the
/// failing level, else 0).
[[nodiscard]] int finish(const ValidateResult& result);
/// The same for a streamed run: its unreadable inputs, and whether a finding reached the failing
/// level.
[[nodiscard]] int finish(const std::vector<InputError>& errors, bool fails);

/// Prints that `name` (given to --framework) is neither a built-in framework nor a file.
void report_unknown_framework(std::string_view name);

/// Sets the loader's limits from ENGAGE_MAX_DEPTH, ENGAGE_MAX_FILES... (see
/// engage(1)); prints an error and returns false when a value is unusable.
[[nodiscard]] bool apply_limit_environment(LoadLimits& limits);

/// For a date option (--as-of, --start): an empty value is a usage error, not
/// "today" (which is what leaving the option out means).
[[nodiscard]] const CLI::Validator& date_given();

/// What --config names to read no configuration file (and what --isolated sets).
inline constexpr std::string_view no_config_file = "/dev/null";

/// Declares --config, --isolated, --as-of, --framework, --select and --ignore on `cmd`.
void add_settings_options(CLI::App& cmd, std::string& config, std::string& as_of,
                          std::string& framework, std::vector<std::string>& select,
                          std::vector<std::string>& ignore);

/// Checks those options and turns them into overrides; prints an error and
/// returns false when one is unusable (an unknown rule, a bad date...).
[[nodiscard]] bool make_overrides(const std::string& config, const std::string& as_of,
                                  const std::string& framework,
                                  const std::vector<std::string>& select,
                                  const std::vector<std::string>& ignore, SettingsOverrides& out);

} // namespace engage::cli
