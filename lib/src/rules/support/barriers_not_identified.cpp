// E311 barriers-not-identified: a seldom-heard group whose barriers are not listed.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <algorithm>

namespace engage::detail {

void check_barriers_not_identified(CheckContext& ctx) {
    if (!ctx.applies_when(std::any_of(ctx.plan.groups.begin(), ctx.plan.groups.end(),
                                      [](const auto& x) { return x.is_seldom_heard(); })))
        return;
    for (const Group& group : ctx.plan.groups) {
        if (!group.is_seldom_heard())
            continue;
        if (!group.barriers.value.empty())
            continue;
        ctx.report(group.barriers.present() ? group.barriers.loc : group.loc,
                   "the seldom-heard group `" + group.id.value +
                       "` lists no barriers that stop it taking part");
    }
}

} // namespace engage::detail
