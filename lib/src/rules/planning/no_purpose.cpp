// E322 no-purpose: the plan does not say what its engagement is for.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_purpose(CheckContext& ctx) {
    const Text& purpose = ctx.plan.info.purpose;
    if (purpose.present()) {
        if (!is_blank(purpose.value))
            return;
        ctx.report(purpose.loc, "the plan's purpose is blank: it does not say what the "
                                "engagement is for");
        return;
    }
    ctx.report(ctx.plan_loc(), "the plan does not say what its engagement is for (`purpose:`)");
}

} // namespace engage::detail
