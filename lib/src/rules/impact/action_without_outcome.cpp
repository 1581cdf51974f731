// E374 action-without-outcome: the plan has outcomes, but an action does not say which of them it
// serves.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.info.outcomes.value.empty() && !ctx.plan.actions.empty()))
        return;
    if (ctx.plan.info.outcomes.value.empty())
        return;
    for (const Action& a : ctx.plan.actions) {
        if (!a.outcomes.value.empty())
            continue;
        ctx.report(a.loc, "the action `" + a.id.value +
                              "` does not say which of the plan's outcomes it works towards");
    }
}

constexpr std::string_view indicators[] = {"IMP-1"};

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
};

} // namespace

extern const RuleDefinition action_without_outcome{info, check};

} // namespace engage::rules
