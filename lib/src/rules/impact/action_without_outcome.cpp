// SPDX-License-Identifier: MIT
// E374 action-without-outcome: the plan has outcomes, but an action does not say which of them it
// serves.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const auto& outcomes = ctx.plan.info.outcomes.value;
    if (outcomes.empty())
        return;
    const ById<Outcome> by_id(outcomes);
    for (const Action& a : ctx.plan.actions) {
        if (!a.outcomes.value.empty()) {
            ctx.evidence_by(a.outcomes.loc, [&] {
                return "the action " + name_of(a) + " works towards " + names_of(by_id, a.outcomes);
            });
            continue;
        }
        ctx.report(a.loc, "the action " + name_of(a) +
                              " does not say which of the plan's outcomes it works towards");
    }
}

// Actions tied to agreed outcomes are planning (PLA-4); whether outcomes were met is IMP-1.
constexpr std::string_view indicators[] = {"PLA-4"};

constexpr RuleInfo info{
    .code = "E374",
    .name = "action-without-outcome",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "impact",
    .indicators = indicators,
    .summary = "The plan has outcomes, but an action does not say which of them it serves.",
    .rationale = "Outcomes say what the plan means to change for children and young people. "
                 "Linking each action to an outcome shows why it is being done and lets the plan "
                 "show, outcome by outcome, whether young people's views are changing services.",
    .help = "Add `outcomes:` to the action with the ids of the plan outcomes it works towards.",
    .many = "{count} of {total} actions do not say which of the plan's outcomes they work towards",
};

} // namespace

extern const RuleDefinition action_without_outcome{info, check};

} // namespace engage::rules
