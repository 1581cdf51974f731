// E303 seldom-heard-not-engaged: a seldom-heard group no engagement or forum involves.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <algorithm>

namespace engage::detail {

namespace {

bool lists(const TextList& ids, const std::string& id) {
    return std::any_of(ids.value.begin(), ids.value.end(),
                       [&](const Text& item) { return item.value == id; });
}

} // namespace

void check_seldom_heard_not_engaged(CheckContext& ctx) {
    if (!ctx.applies_when(std::any_of(ctx.plan.groups.begin(), ctx.plan.groups.end(),
                                      [](const auto& x) { return x.is_seldom_heard(); })))
        return;
    for (const Group& group : ctx.plan.groups) {
        if (!group.is_seldom_heard())
            continue;
        const std::string& id = group.id.value;
        const bool engaged = std::any_of(ctx.plan.engagements.begin(), ctx.plan.engagements.end(),
                                         [&](const Engagement& e) { return lists(e.groups, id); });
        const bool in_forum =
            std::any_of(ctx.plan.bodies.begin(), ctx.plan.bodies.end(), [&](const Body& b) {
                return b.is(BodyKind::forum) && lists(b.groups, id);
            });
        if (engaged || in_forum)
            continue;
        ctx.report(group.loc, "the seldom-heard group `" + id +
                                  "` is not involved in any engagement and no forum represents it");
    }
}

} // namespace engage::detail
