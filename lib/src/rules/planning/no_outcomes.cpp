// E324 no-outcomes: the plan does not say what it means to change.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const auto& outcomes = ctx.plan.info.outcomes;
    if (!outcomes.value.empty())
        return;
    ctx.report(outcomes.present() ? outcomes.loc : ctx.plan_loc(),
               "the plan names no outcomes (`outcomes:`): it does not say what it means to change");
}

constexpr std::string_view indicators[] = {"PLA-4", "IMP-1"};

constexpr RuleInfo info{
    .code = "E324",
    .name = "no-outcomes",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "planning",
    .indicators = indicators,
    .summary = "The plan does not say what it means to change.",
    .rationale = "Outcomes say what will be different for children and young people because they "
                 "were heard. Without them, the plan can count meetings and surveys but cannot "
                 "show that anything changed, and young people cannot hold it to account.",
    .help = "Add `outcomes:` to the plan, each with an id, a title and the indicators that will "
            "show it was reached.",
};

} // namespace

extern const RuleDefinition no_outcomes{info, check};

} // namespace engage::rules
