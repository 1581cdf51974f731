// SPDX-License-Identifier: MIT
#include "render/findings/repeated.hpp"

#include <engage/rules.hpp>

#include <fmt/args.h>
#include <fmt/format.h>

#include <map>

namespace engage::detail {

std::string repeated_headline(const RuleInfo& rule, std::size_t count, std::size_t evidence) {
    return fmt::format(fmt::runtime(rule.many), fmt::arg("count", count),
                       fmt::arg("total", count + evidence));
}

std::vector<RepeatedFindings> repeated_findings(const PlanResult& plan) {
    std::map<std::string_view, std::vector<const Finding*>> by_rule;
    for (const Finding& finding : plan.findings)
        by_rule[finding.rule].push_back(&finding);
    std::vector<RepeatedFindings> groups;
    for (const RuleInfo& rule : all_rules()) {
        const auto found = by_rule.find(rule.name);
        if (rule.many.empty() || found == by_rule.end() || found->second.size() < repeated_at)
            continue;
        const auto evidence = plan.evidence_totals.find(rule.name);
        RepeatedFindings group;
        group.headline =
            repeated_headline(rule, found->second.size(),
                              evidence == plan.evidence_totals.end() ? 0 : evidence->second);
        group.all = std::move(found->second);
        groups.push_back(std::move(group));
    }
    return groups;
}

std::unordered_map<const Finding*, const RepeatedFindings*>
summarised(const std::vector<RepeatedFindings>& groups) {
    std::unordered_map<const Finding*, const RepeatedFindings*> of;
    for (const RepeatedFindings& group : groups)
        for (const Finding* finding : group.all)
            of[finding] = &group;
    return of;
}

} // namespace engage::detail
