// SPDX-License-Identifier: MIT
// E326 no-period: the plan does not say when it starts and when it ends.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const Period& period = ctx.plan.info.period;
    if (!period.loc.known()) {
        ctx.report(ctx.plan_loc(), "the plan does not say when it starts and when it ends");
        return;
    }
    if (period.from.present() && period.to.present())
        ctx.evidence(period.loc, "the plan runs from " + period.from.value.to_string() + " to " +
                                     period.to.value.to_string());
    // A date written but not valid is the loader's finding, not a missing date.
    if (!period.from.written() && !period.to.written()) {
        ctx.report(period.loc, "the plan's period gives neither a start date nor an end date");
    } else if (!period.from.written()) {
        ctx.report(period.loc, "the plan's period has no start date");
    } else if (!period.to.written()) {
        ctx.report(period.loc, "the plan's period has no end date");
    }
}

constexpr std::string_view indicators[] = {"PLA-5"};

constexpr RuleInfo info{
    .code = "E326",
    .name = "no-period",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "planning",
    .indicators = indicators,
    .summary = "The plan does not say when it starts and when it ends.",
    .rationale = "The Planning standard asks for realistic timescales. Without a start and an end "
                 "date, nobody can tell whether actions are late, when the plan should be "
                 "reviewed, or when children and young people should expect to hear what changed.",
    .help = "Add `period: {from: YYYY-MM-DD, to: YYYY-MM-DD}` to the plan.",
};

} // namespace

extern const RuleDefinition no_period{info, check};

} // namespace engage::rules
