// E381 commitment-past-review: a commitment whose review date has passed while it is still open.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <algorithm>
#include <string>

namespace engage::detail {

void check_commitment_past_review(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.as_of().has_value() &&
                          std::any_of(ctx.plan.commitments.begin(), ctx.plan.commitments.end(),
                                      [](const auto& x) { return x.review.present(); })))
        return;
    const auto& as_of = ctx.as_of();
    if (!as_of)
        return;
    for (const Commitment& c : ctx.plan.commitments) {
        if (!c.review.present() || !(c.review.value < *as_of))
            continue;
        std::string state = "has no status to show the review took place";
        if (c.status.present()) {
            if (c.status.value == Status::planned)
                state = "is still shown as planned";
            else if (c.status.value == Status::in_progress)
                state = "is still shown as in progress";
            else
                continue;
        }
        ctx.report(c.review.loc, "the commitment `" + c.id.value + "` by " + c.by.value +
                                     " was due to be reviewed on " + c.review.value.to_string() +
                                     " but " + state);
    }
}

} // namespace engage::detail
