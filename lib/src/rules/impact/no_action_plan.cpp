// SPDX-License-Identifier: MIT
// E371 no-action-plan: the plan lists no actions.
#include "../rule.hpp"

#include <string>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const auto& actions = ctx.plan.actions;
    if (!actions.empty()) {
        // One item for the whole plan, where it begins: an action plan can be monitored.
        const std::size_t count = actions.size();
        ctx.evidence(actions.front().loc, "the plan sets out " + std::to_string(count) +
                                              (count == 1 ? " action" : " actions") +
                                              " whose progress can be followed");
        return;
    }
    ctx.report(ctx.plan_loc(),
               "the plan lists no actions, so nobody can see what will be done or by when");
}

constexpr std::string_view indicators[] = {"IMP-5"};

constexpr RuleInfo info{
    .code = "E371",
    .name = "no-action-plan",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "The plan lists no actions.",
    .rationale = "Listening only matters if something is done with what children and young people "
                 "say. Without an action plan there is nothing to hold services to, nothing to "
                 "report back to young people, and no way to show the impact of their "
                 "participation.",
    .help = "Add an `actions:` section with what will be done, who leads it, by when and how you "
            "will know it worked.",
};

} // namespace

extern const RuleDefinition no_action_plan{info, check};

} // namespace engage::rules
