// E373 action-without-indicator: an action with no way to tell whether it worked.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_action_without_indicator(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.actions.empty()))
        return;
    for (const Action& a : ctx.plan.actions) {
        if (!a.indicators.value.empty())
            continue;
        ctx.report(a.loc, "the action `" + a.id.value +
                              "` does not say how anyone will know it has made a difference");
    }
}

} // namespace engage::detail
