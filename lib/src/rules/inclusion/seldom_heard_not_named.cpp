// E302 seldom-heard-not-named: no group is marked as seldom heard.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_seldom_heard_not_named(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.groups.empty()))
        return;
    for (const Group& group : ctx.plan.groups) {
        if (group.is_seldom_heard())
            return;
    }
    ctx.report(ctx.plan_loc(),
               "none of the plan's groups is marked as seldom heard (`seldom_heard: true`)");
}

} // namespace engage::detail
