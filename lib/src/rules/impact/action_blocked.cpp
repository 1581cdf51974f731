// E377 action-blocked: an action marked as blocked.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_action_blocked(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.actions.empty()))
        return;
    for (const Action& a : ctx.plan.actions) {
        if (!a.status.present() || a.status.value != Status::blocked)
            continue;
        ctx.report(a.status.loc,
                   "the action `" + a.id.value + "` is blocked and needs someone to unblock it");
    }
}

} // namespace engage::detail
