// E352 engagement-without-method: an engagement that does not say how it was done.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_engagement_without_method(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.engagements.empty()))
        return;
    for (const Engagement& engagement : ctx.plan.engagements) {
        if (engagement.method.present())
            continue;
        ctx.report(engagement.loc, "the engagement `" + engagement.id.value +
                                       "` does not say which method was used (survey, "
                                       "workshop, event and so on)");
    }
}

} // namespace engage::detail
