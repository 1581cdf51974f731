// E372 action-without-due-date: an open action with no date it is due.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <algorithm>

namespace engage::detail {

void check_action_without_due_date(CheckContext& ctx) {
    if (!ctx.applies_when(
            std::any_of(ctx.plan.actions.begin(), ctx.plan.actions.end(), [](const auto& x) {
                return !x.status.present() ||
                       (x.status.value != Status::done && x.status.value != Status::dropped);
            })))
        return;
    for (const Action& a : ctx.plan.actions) {
        if (a.due.present())
            continue;
        if (a.status.present() &&
            (a.status.value == Status::done || a.status.value == Status::dropped))
            continue;
        ctx.report(a.loc, "the action `" + a.id.value + "` has no date it is due by");
    }
}

} // namespace engage::detail
