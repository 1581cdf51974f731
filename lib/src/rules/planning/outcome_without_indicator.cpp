// E325 outcome-without-indicator: an outcome with no way of knowing whether it was reached.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_outcome_without_indicator(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.info.outcomes.value.empty()))
        return;
    for (const Outcome& outcome : ctx.plan.info.outcomes.value) {
        if (!outcome.indicators.value.empty())
            continue;
        ctx.report(outcome.indicators.present() ? outcome.indicators.loc : outcome.loc,
                   "the outcome `" + outcome.id.value +
                       "` has no indicators saying how the plan will know it was reached");
    }
}

} // namespace engage::detail
