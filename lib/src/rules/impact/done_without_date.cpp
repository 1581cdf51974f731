// E378 done-without-date: an action marked done that does not say when.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <algorithm>

namespace engage::detail {

void check_done_without_date(CheckContext& ctx) {
    if (!ctx.applies_when(
            std::any_of(ctx.plan.actions.begin(), ctx.plan.actions.end(), [](const auto& x) {
                return x.status.present() && x.status.value == Status::done;
            })))
        return;
    for (const Action& a : ctx.plan.actions) {
        if (!a.status.present() || a.status.value != Status::done || a.done_on.present())
            continue;
        ctx.report(a.status.loc,
                   "the action `" + a.id.value + "` is marked done but does not say when");
    }
}

} // namespace engage::detail
