// E379 done-date-without-done: an action with a completion date whose status is not done.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <algorithm>
#include <string>

namespace engage::detail {

void check_done_date_without_done(CheckContext& ctx) {
    if (!ctx.applies_when(std::any_of(ctx.plan.actions.begin(), ctx.plan.actions.end(),
                                      [](const auto& x) { return x.done_on.present(); })))
        return;
    for (const Action& a : ctx.plan.actions) {
        if (!a.done_on.present())
            continue;
        if (a.status.present() && a.status.value == Status::done)
            continue;
        const std::string state = a.status.present()
                                      ? "is marked " + std::string(to_string(a.status.value))
                                      : "has no status";
        ctx.report(a.done_on.loc, "the action `" + a.id.value + "` says it was done on " +
                                      a.done_on.value.to_string() + " but " + state);
    }
}

} // namespace engage::detail
