// SPDX-License-Identifier: MIT
// Findings are data; rendering them is a separate step (see render.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

enum class Severity { info, warning, error };

[[nodiscard]] std::string_view to_string(Severity severity);
[[nodiscard]] std::optional<Severity> parse_severity(std::string_view text);

/// One thing `engage` found wrong (or worth knowing) about a plan.
struct Finding {
    /// kebab-case rule name, e.g. "unknown-key" (it points into the rule catalogue,
    /// which lives as long as the program)
    std::string_view rule;
    Severity severity = Severity::error;
    std::string message;       ///< plain English: what is wrong, naming ids
    std::string file;          ///< path as given; empty when the finding has no file
    std::uint32_t line = 0;    ///< 1-based; 0 when there is no single place
    std::uint32_t column = 0;  ///< 1-based, in code points; 0 when there is no single place
    std::string help;          ///< what to do about it (may be empty)
    std::string_view standard; ///< standard key the rule serves (may be empty; catalogue storage)
};

/// Orders findings by file, line, column, rule, message: the order every renderer uses.
[[nodiscard]] bool finding_less(const Finding& a, const Finding& b);
void sort_findings(std::vector<Finding>& findings);

struct FindingCounts {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t infos = 0;
};
[[nodiscard]] FindingCounts count_findings(const std::vector<Finding>& findings);

/// True when any finding is at least as severe as `fail_on`.
[[nodiscard]] bool reaches(const std::vector<Finding>& findings, Severity fail_on);

/// What engage throws when an operation cannot go on (a configuration file
/// that cannot be used, a git revision that does not exist...). Problems in a
/// plan are never thrown: they are findings.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace engage
