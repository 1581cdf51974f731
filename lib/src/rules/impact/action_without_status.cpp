// E375 action-without-status: an action that does not say how far it has got.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_action_without_status(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.actions.empty()))
        return;
    for (const Action& a : ctx.plan.actions) {
        if (a.status.present())
            continue;
        ctx.report(a.loc, "the action `" + a.id.value +
                              "` does not say whether it is planned, under way, done, blocked or "
                              "dropped");
    }
}

} // namespace engage::detail
