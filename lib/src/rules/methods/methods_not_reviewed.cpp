// E356 methods-not-reviewed: no engagement records what was learned about its method.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_methods_not_reviewed(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.engagements.empty()))
        return; // no-engagements says so
    for (const Engagement& engagement : ctx.plan.engagements) {
        if (!engagement.learning.value.empty())
            return;
    }
    ctx.report(ctx.plan_loc(), "no engagement records what was learned about how it worked, so "
                               "there is no sign that methods are reviewed and improved");
}

} // namespace engage::detail
