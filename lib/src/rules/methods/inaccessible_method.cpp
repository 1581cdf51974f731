// E355 inaccessible-method: an engagement with a seldom-heard group or one facing barriers,
// that records no adaptations to make its method accessible.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <string>

namespace engage::detail {

namespace {

const Group* find_group(const Plan& plan, const std::string& id) {
    for (const Group& group : plan.groups) {
        if (group.id.value == id)
            return &group;
    }
    return nullptr;
}

bool needs_adapting(const Group& group) {
    return (group.is_seldom_heard()) || !group.barriers.value.empty();
}

} // namespace

void check_inaccessible_method(CheckContext& ctx) {
    bool involves_groups_needing_adaptation = false;
    for (const Engagement& engagement : ctx.plan.engagements) {
        for (const Text& id : engagement.groups.value) {
            const Group* group = find_group(ctx.plan, id.value);
            involves_groups_needing_adaptation |= group != nullptr && needs_adapting(*group);
        }
    }
    if (!ctx.applies_when(involves_groups_needing_adaptation))
        return;
    for (const Engagement& engagement : ctx.plan.engagements) {
        if (!engagement.adaptations.value.empty())
            continue;
        for (const Text& id : engagement.groups.value) {
            const Group* group = find_group(ctx.plan, id.value);
            if (group == nullptr || !needs_adapting(*group))
                continue;
            const std::string why = !group->barriers.value.empty() ? "faces barriers to taking part"
                                                                   : "is seldom heard";
            ctx.report(engagement.loc, "the engagement `" + engagement.id.value +
                                           "` involves the group `" + group->id.value +
                                           "`, which " + why +
                                           ", but records no adaptations to make it accessible");
            break; // one finding per engagement
        }
    }
}

} // namespace engage::detail
