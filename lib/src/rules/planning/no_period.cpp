// E326 no-period: the plan does not say when it starts and ends.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_period(CheckContext& ctx) {
    const Period& period = ctx.plan.info.period;
    if (!period.loc.known()) {
        ctx.report(ctx.plan_loc(),
                   "the plan does not say when it runs (`period: {from: ..., to: ...}`)");
        return;
    }
    if (!period.from.present() && !period.to.present()) {
        ctx.report(period.loc, "the plan's period gives neither a start date nor an end date");
    } else if (!period.from.present()) {
        ctx.report(period.loc, "the plan's period has no start date (`from`)");
    } else if (!period.to.present()) {
        ctx.report(period.loc, "the plan's period has no end date (`to`)");
    }
}

} // namespace engage::detail
