// E321 no-partners: the plan names no partners working together on it.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_partners(CheckContext& ctx) {
    if (!ctx.plan.partners.empty())
        return;
    ctx.report(ctx.plan_loc(),
               "the plan names no partners (`partners:`) who shape and deliver it together");
}

} // namespace engage::detail
