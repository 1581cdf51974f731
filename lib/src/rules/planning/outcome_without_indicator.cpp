// SPDX-License-Identifier: MIT
// E325 outcome-without-indicator: an outcome has no indicator saying how the plan will know it was
// reached.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Outcome& outcome : ctx.plan.info.outcomes.value) {
        if (says_something(outcome.indicators)) {
            ctx.evidence_by(outcome.indicators.loc, [&] {
                return name_of(outcome) + " will be shown by " +
                       words_list(said(outcome.indicators));
            });
            continue;
        }
        ctx.report(outcome.indicators.present() ? outcome.indicators.loc : outcome.loc,
                   "the outcome " + name_of(outcome) +
                       " has no indicator saying how the plan will know it was reached");
    }
}

constexpr std::string_view indicators[] = {"PLA-4"};

constexpr RuleInfo info{
    .code = "E325",
    .name = "outcome-without-indicator",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "planning",
    .indicators = indicators,
    .summary = "An outcome has no indicator saying how the plan will know it was reached.",
    .rationale = "The Planning standard asks that outcomes, success indicators and the evidence "
                 "for them are agreed at the start. An outcome with no indicator cannot be "
                 "checked, so nobody, least of all the young people involved, can tell whether it "
                 "was met.",
    .help = "Add `indicators:` to the outcome: what will be measured or observed to show it was "
            "reached.",
};

} // namespace

extern const RuleDefinition outcome_without_indicator{info, check};

} // namespace engage::rules
