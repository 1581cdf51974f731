// E327 period-order: the plan's period ends before it starts.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_period_order(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.plan.info.period.from.present() && ctx.plan.info.period.to.present()))
        return;
    const Period& period = ctx.plan.info.period;
    if (!period.from.present() || !period.to.present())
        return;
    if (!(period.to.value < period.from.value))
        return;
    ctx.report(period.to.loc, "the plan's period ends on " + period.to.value.to_string() +
                                  ", before it starts on " + period.from.value.to_string());
}

} // namespace engage::detail
