// E374 action-without-outcome: an action not linked to any of the plan's outcomes.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_action_without_outcome(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.info.outcomes.value.empty() && !ctx.plan.actions.empty()))
        return;
    if (ctx.plan.info.outcomes.value.empty())
        return;
    for (const Action& a : ctx.plan.actions) {
        if (!a.outcomes.value.empty())
            continue;
        ctx.report(a.loc, "the action `" + a.id.value +
                              "` does not say which of the plan's outcomes it works towards");
    }
}

} // namespace engage::detail
