// E351 no-engagements: the plan records no engagement with children and young people.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_engagements(CheckContext& ctx) {
    if (!ctx.plan.engagements.empty())
        return;
    ctx.report(ctx.plan_loc(),
               "the plan records no engagements, so there is no evidence of how children and "
               "young people have taken part");
}

} // namespace engage::detail
