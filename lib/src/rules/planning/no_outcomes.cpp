// E324 no-outcomes: the plan does not say what it means to change.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_outcomes(CheckContext& ctx) {
    const auto& outcomes = ctx.plan.info.outcomes;
    if (!outcomes.value.empty())
        return;
    ctx.report(outcomes.present() ? outcomes.loc : ctx.plan_loc(),
               "the plan names no outcomes (`outcomes:`): it does not say what it means to change");
}

} // namespace engage::detail
