// SPDX-License-Identifier: MIT
// Turning what a plan's checks found into a standards assessment. Internal to the engine.
#pragma once

#include <engage/assessment.hpp>
#include <engage/diagnostic.hpp>
#include <engage/framework.hpp>
#include <engage/model.hpp>
#include <engage/settings.hpp>

#include <string_view>
#include <unordered_map>
#include <vector>

namespace engage::detail {

/// The evidence a plan's checks recorded: the items listed (at most
/// Assessment::evidence_listed a rule) and how many each rule found in all.
struct EvidenceFound {
    std::vector<Evidence> listed;
    std::unordered_map<std::string_view, std::size_t> totals;
};

/// Assesses `plan` against `framework` from the evidence its checks recorded and
/// the findings left after suppression and selection (see assessment.hpp).
[[nodiscard]] Assessment assess(const Framework& framework, const Plan& plan,
                                const EvidenceFound& evidence,
                                const std::vector<Finding>& findings,
                                const RuleSelection& selection);

} // namespace engage::detail
