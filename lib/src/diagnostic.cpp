// SPDX-License-Identifier: MIT
#include <engage/diagnostic.hpp>

#include <algorithm>
#include <tuple>

namespace engage {

std::string_view to_string(Severity severity) {
    switch (severity) {
    case Severity::info:
        return "info";
    case Severity::warning:
        return "warning";
    case Severity::error:
        return "error";
    }
    return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
    if (text == "info")
        return Severity::info;
    if (text == "warning")
        return Severity::warning;
    if (text == "error")
        return Severity::error;
    return std::nullopt;
}

bool finding_less(const Finding& a, const Finding& b) {
    return std::tie(a.file, a.line, a.column, a.rule, a.message) <
           std::tie(b.file, b.line, b.column, b.rule, b.message);
}

void sort_findings(std::vector<Finding>& findings) {
    // Rules mostly report in file order, and a sorted check is cheaper than
    // the copy stable_sort makes of 100,000 findings.
    if (!std::is_sorted(findings.begin(), findings.end(), finding_less))
        std::stable_sort(findings.begin(), findings.end(), finding_less);
}

FindingCounts count_findings(const std::vector<Finding>& findings) {
    FindingCounts counts;
    for (const auto& finding : findings) {
        switch (finding.severity) {
        case Severity::error:
            ++counts.errors;
            break;
        case Severity::warning:
            ++counts.warnings;
            break;
        case Severity::info:
            ++counts.infos;
            break;
        }
    }
    return counts;
}

bool reaches(const std::vector<Finding>& findings, Severity fail_on) {
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& f) { return f.severity >= fail_on; });
}

} // namespace engage
