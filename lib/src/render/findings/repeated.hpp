// SPDX-License-Identifier: MIT
// A rule that fires on many items of one plan ("the action X has no due date",
// 39 times) is told to people once, with the count and the places; machine
// formats keep one finding per place.
#pragma once
#include <engage/engine.hpp>

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace engage::detail {

/// From this many findings of one rule in one plan, people see one summary.
inline constexpr std::size_t repeated_at = 4;

struct RepeatedFindings {
    std::vector<const Finding*> all; ///< in the plan's order; the first is where it is shown
    std::string headline;            ///< e.g. "19 of 39 actions have no date they are due by"
};

/// The one line told for `count` findings of `rule` (RuleInfo::many), `evidence`
/// being how many items of the same kind the rule found no problem with.
[[nodiscard]] std::string repeated_headline(const RuleInfo& rule, std::size_t count,
                                            std::size_t evidence);

/// The repeated findings of `plan`: rules that declare how to tell many findings
/// (RuleInfo::many) and fire on at least `repeated_at` items, in catalogue order.
[[nodiscard]] std::vector<RepeatedFindings> repeated_findings(const PlanResult& plan);

/// For every finding of `plans` that is part of a summary: the summary it belongs to.
[[nodiscard]] std::unordered_map<const Finding*, const RepeatedFindings*>
summarised(const std::vector<RepeatedFindings>& groups);

} // namespace engage::detail
