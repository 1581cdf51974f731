// E328 no-resources: the plan names no staff, money or time to carry it out.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_resources(CheckContext& ctx) {
    const TextList& resources = ctx.plan.info.resources;
    if (!resources.value.empty())
        return;
    ctx.report(resources.present() ? resources.loc : ctx.plan_loc(),
               "the plan names no resources (`resources:`), such as staff, time or money, to "
               "carry it out");
}

} // namespace engage::detail
