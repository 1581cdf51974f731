// E354 no-creative-methods: no engagement uses a workshop, event, take-over or social media.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_creative_methods(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.engagements.empty()))
        return; // no-engagements says so
    for (const Engagement& engagement : ctx.plan.engagements) {
        if (!engagement.method.present())
            continue;
        switch (engagement.method.value) {
        case Method::workshop:
        case Method::event:
        case Method::take_over:
        case Method::social_media:
            return;
        default:
            break;
        }
    }
    ctx.report(ctx.plan_loc(), "no engagement uses a creative method (a workshop, event, "
                               "take-over or social media)");
}

} // namespace engage::detail
