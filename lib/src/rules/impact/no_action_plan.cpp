// E371 no-action-plan: the plan lists no actions.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_action_plan(CheckContext& ctx) {
    if (!ctx.plan.actions.empty())
        return;
    ctx.report(ctx.plan_loc(),
               "the plan lists no actions, so nobody can see what will be done or by when");
}

} // namespace engage::detail
