// What every subcommand shares: exit codes, colour choice, error lines.
#pragma once

#include <string>
#include <string_view>

namespace engage::cli {

inline constexpr int exit_clean = 0;    ///< nothing at or above the failing level
inline constexpr int exit_findings = 1; ///< a finding reached the failing level
inline constexpr int exit_usage = 2;    ///< bad arguments or unreadable input

[[nodiscard]] bool stdout_is_terminal();

/// `choice` is auto|always|never; auto means a terminal and NO_COLOR unset or empty.
[[nodiscard]] bool use_color(std::string_view choice, bool is_terminal);

/// Prints `engage: error: PATH: message` to standard error.
void report_input_error(std::string_view path, std::string_view message);

} // namespace engage::cli
