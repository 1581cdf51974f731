// SPDX-License-Identifier: MIT
// What every CI renderer needs of a finding: its path from the repository root
// and its stable fingerprint. Internal to the renderers.
#pragma once

#include <engage/render.hpp>

#include <string>
#include <vector>

namespace engage::detail {

struct CiFinding {
    const Finding* finding = nullptr;
    const PlanResult* plan = nullptr;
    std::string
        path; ///< the finding's file from the repository root; the plan's when it names none
    std::string fingerprint;
};

/// Every finding of the run, in the order renderers show them (file, line, column).
[[nodiscard]] std::vector<CiFinding> ci_findings(const ValidateResult& result,
                                                 const RepositoryPaths& paths);

/// CI services label findings by level; engage's severities map onto them one to one.
[[nodiscard]] std::string_view sarif_level(Severity severity);

} // namespace engage::detail
