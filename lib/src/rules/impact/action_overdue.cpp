// E376 action-overdue: an action past its due date that is not done or dropped.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <algorithm>

namespace engage::detail {

void check_action_overdue(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.as_of().has_value() &&
                          std::any_of(ctx.plan.actions.begin(), ctx.plan.actions.end(),
                                      [](const auto& x) { return x.due.present(); })))
        return;
    const auto& as_of = ctx.as_of();
    if (!as_of)
        return;
    for (const Action& a : ctx.plan.actions) {
        if (!a.due.present() || !(a.due.value < *as_of))
            continue;
        if (a.status.present() &&
            (a.status.value == Status::done || a.status.value == Status::dropped))
            continue;
        ctx.report(a.due.loc, "the action `" + a.id.value + "` was due on " +
                                  a.due.value.to_string() + " and is not marked done");
    }
}

} // namespace engage::detail
