// E383 review-without-learning: the plan's review date has passed and no learning is recorded.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_review_without_learning(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.as_of().has_value() && ctx.plan.info.review.date.present()))
        return;
    const auto& as_of = ctx.as_of();
    const Review& review = ctx.plan.info.review;
    if (!as_of || !review.date.present() || !(review.date.value < *as_of))
        return;
    if (!review.learning.value.empty())
        return;
    ctx.report(review.date.loc, "the plan was due to be reviewed on " +
                                    review.date.value.to_string() +
                                    " but records nothing learned from the review");
}

} // namespace engage::detail
