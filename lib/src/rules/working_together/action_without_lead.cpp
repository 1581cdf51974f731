// E342 action-without-lead: an action that names nobody to lead it.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <string_view>

namespace engage::detail {

// A lead that is written but is only a placeholder ("TBC", "CLD?") is placeholder-lead's
// finding, not this one's.
void check_action_without_lead(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.actions.empty()))
        return;
    for (const Action& action : ctx.plan.actions) {
        if (!action.lead.present()) {
            ctx.report(action.loc, "the action `" + action.id.value + "` names nobody to lead it");
        } else if (is_blank(action.lead.value)) {
            ctx.report(action.lead.loc,
                       "the lead of the action `" + action.id.value + "` is left blank");
        }
    }
}

} // namespace engage::detail
