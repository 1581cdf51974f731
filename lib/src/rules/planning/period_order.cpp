// SPDX-License-Identifier: MIT
// E327 period-order: the plan's period ends before it starts.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const Period& period = ctx.plan.info.period;
    if (!period.from.present() || !period.to.present())
        return;
    if (!(period.to.value < period.from.value)) {
        // Whole months, so a reader sees at once whether the span is realistic.
        const long days = period.to.value.days_since_epoch() - period.from.value.days_since_epoch();
        const long months = (days * 12 + 182) / 365;
        const std::string span = months == 0   ? "less than a month"
                                 : months == 1 ? "about a month"
                                               : "about " + std::to_string(months) + " months";
        ctx.evidence(period.to.loc, "the plan's dates are in order: it runs for " + span +
                                        ", from " + period.from.value.to_string() + " to " +
                                        period.to.value.to_string());
        return;
    }
    ctx.report(period.to.loc, "the plan's period ends on " + period.to.value.to_string() +
                                  ", before it starts on " + period.from.value.to_string());
}

constexpr std::string_view indicators[] = {"PLA-5"};

constexpr RuleInfo info{
    .code = "E327",
    .name = "period-order",
    .family = RuleFamily::evidence,
    .severity = Severity::error,
    .standard = "planning",
    .indicators = indicators,
    .summary = "The plan's period ends before it starts.",
    .rationale = "A period that ends before it begins is a mistake in the plan's own dates. Every "
                 "date check that depends on it, such as whether the review falls in time, "
                 "becomes meaningless, and readers cannot tell when the plan really runs.",
    .help = "Check the period's dates: `from` is when the plan starts and `to` when it ends.",
};

} // namespace

extern const RuleDefinition period_order{info, check};

} // namespace engage::rules
