// E306 no-minority-views: no engagement records the minority or opposing views heard.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_minority_views(CheckContext& ctx) {
    for (const Engagement& engagement : ctx.plan.engagements) {
        if (!engagement.minority_views.value.empty())
            return;
    }
    if (ctx.plan.engagements.empty()) {
        ctx.report(ctx.plan_loc(), "the plan records no engagements, so no minority or opposing "
                                   "views are recorded");
        return;
    }
    ctx.report(ctx.plan_loc(), "none of the plan's engagements records minority or opposing views "
                               "(`minority_views`)");
}

} // namespace engage::detail
