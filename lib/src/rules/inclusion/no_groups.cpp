// E301 no-groups: the plan names no group of children and young people.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_groups(CheckContext& ctx) {
    if (!ctx.plan.groups.empty())
        return;
    ctx.report(ctx.plan_loc(), "the plan names no groups of children and young people it is for");
}

} // namespace engage::detail
