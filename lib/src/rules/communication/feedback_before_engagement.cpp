// E365 feedback-before-engagement: an engagement fed back on a date before it took place.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <algorithm>

namespace engage::detail {

void check_feedback_before_engagement(CheckContext& ctx) {
    if (!ctx.applies_when(
            std::any_of(ctx.plan.engagements.begin(), ctx.plan.engagements.end(),
                        [](const auto& x) { return x.date.present() && x.fed_back_on.present(); })))
        return;
    for (const Engagement& e : ctx.plan.engagements) {
        if (!e.date.present() || !e.fed_back_on.present())
            continue;
        if (!(e.fed_back_on.value < e.date.value))
            continue;
        ctx.report(e.fed_back_on.loc,
                   "the engagement `" + e.id.value + "` says feedback was given on " +
                       e.fed_back_on.value.to_string() + ", before the engagement itself on " +
                       e.date.value.to_string());
    }
}

} // namespace engage::detail
