// SPDX-License-Identifier: MIT
// E324 no-outcomes: the plan does not say what it means to change.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const auto& outcomes = ctx.plan.info.outcomes;
    for (const Outcome& outcome : outcomes.value) {
        ctx.evidence_by(outcome.loc,
                        [&] { return "the plan sets out to achieve " + name_of(outcome); });
    }
    if (!outcomes.value.empty())
        return;
    ctx.report(outcomes.written() ? outcomes.loc : ctx.plan_loc(),
               "the plan names no outcomes: it does not say what it means to change");
}

// Outcomes set are planning (PLA-4); outcomes met (IMP-1) need results.
constexpr std::string_view indicators[] = {"PLA-4"};

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
