// E382 no-review-date: the plan does not say when it will be reviewed.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_review_date(CheckContext& ctx) {
    const Review& review = ctx.plan.info.review;
    if (review.date.present())
        return;
    ctx.report(review.loc.known() ? review.loc : ctx.plan_loc(),
               "the plan does not say when it will be reviewed with the young people involved");
}

} // namespace engage::detail
