// E329 review-outside-period: the review date falls before the plan starts or long after it ends.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_review_outside_period(CheckContext& ctx) {
    if (!ctx.applies_when(
            ctx.plan.info.review.date.present() &&
            (ctx.plan.info.period.from.present() || ctx.plan.info.period.to.present())))
        return;
    const PlanInfo& info = ctx.plan.info;
    const Located<Date>& review = info.review.date;
    if (!review.present())
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
    }
}

} // namespace engage::detail
