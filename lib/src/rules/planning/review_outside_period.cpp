// SPDX-License-Identifier: MIT
// E329 review-outside-period: the plan's review falls before the plan starts, or more than a year
// after it ends.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const PlanInfo& info = ctx.plan.info;
    const Located<Date>& review = info.review.date;
    if (!review.present() || (!info.period.from.present() && !info.period.to.present()))
        return;
    if (info.period.from.present() && review.value < info.period.from.value) {
        ctx.report(review.loc, "the plan's review on " + review.value.to_string() +
                                   " comes before the plan starts on " +
                                   info.period.from.value.to_string());
        return;
    }
    if (info.period.to.present() &&
        review.value.days_since_epoch() - info.period.to.value.days_since_epoch() > 365) {
        ctx.report(review.loc, "the plan's review on " + review.value.to_string() +
                                   " comes more than a year after the plan ends on " +
                                   info.period.to.value.to_string());
        return;
    }
    if (info.period.to.present() && info.period.to.value < review.value) {
        ctx.evidence(review.loc, "the plan's review on " + review.value.to_string() +
                                     " comes within a year of the plan's end on " +
                                     info.period.to.value.to_string());
        return;
    }
    ctx.evidence(review.loc, "the plan's review on " + review.value.to_string() +
                                 " falls within the plan's period");
}

constexpr std::string_view indicators[] = {"PLA-5"};

constexpr RuleInfo info{
    .code = "E329",
    .name = "review-outside-period",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "planning",
    .indicators = indicators,
    .summary = "The plan's review falls before the plan starts, or more than a year after it ends.",
    .rationale = "A review is when children and young people come back to see what was done with "
                 "their views and what should change. A review before the plan starts has nothing "
                 "to look at; one more than a year after it ends comes too late to shape the next "
                 "plan, and the young people who took part may have moved on.",
    .help = "Set `review.date` inside the plan's period, or within a year of its end.",
};

} // namespace

extern const RuleDefinition review_outside_period{info, check};

} // namespace engage::rules
