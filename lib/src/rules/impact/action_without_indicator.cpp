// SPDX-License-Identifier: MIT
// E373 action-without-indicator: an action does not say how anyone will know it has made a
// difference.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Action& a : ctx.plan.actions) {
        if (says_something(a.indicators)) {
            ctx.evidence_by(a.indicators.loc, [&] {
                return "the action " + name_of(a) + " will be known to work by " +
                       words_list(said(a.indicators));
            });
            continue;
        }
        ctx.report(a.loc, "the action " + name_of(a) +
                              " does not say how anyone will know it has made a difference");
    }
}

constexpr std::string_view indicators[] = {"PLA-4"};

constexpr RuleInfo info{
    .code = "E373",
    .name = "action-without-indicator",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "An action does not say how anyone will know it has made a difference.",
    .rationale = "Without an indicator, an action can be ticked off without changing anything for "
                 "children and young people. Agreeing in advance how success will be seen lets "
                 "young people and partners judge together whether their views led to real change.",
    .help = "Add `indicators:` saying what you will count, ask or see to know the action worked.",
    .many = "{count} of {total} actions have no indicator of success",
};

} // namespace

extern const RuleDefinition action_without_indicator{info, check};

} // namespace engage::rules
