// E312 barrier-without-support: a group lists barriers but no support to overcome them.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <algorithm>

namespace engage::detail {

void check_barrier_without_support(CheckContext& ctx) {
    if (!ctx.applies_when(std::any_of(ctx.plan.groups.begin(), ctx.plan.groups.end(),
                                      [](const auto& x) { return !x.barriers.value.empty(); })))
        return;
    for (const Group& group : ctx.plan.groups) {
        if (group.barriers.value.empty() || !group.support.value.empty())
            continue;
        ctx.report(group.support.present() ? group.support.loc : group.loc,
                   "the group `" + group.id.value +
                       "` lists barriers but no support to overcome them");
    }
}

} // namespace engage::detail
