// E304 no-forums: the plan has no forum where children and young people speak.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_forums(CheckContext& ctx) {
    if (ctx.plan.has_body(BodyKind::forum))
        return;
    ctx.report(ctx.plan_loc(),
               "the plan has no forum (a body with `kind: forum`) where children and young "
               "people come together to speak");
}

} // namespace engage::detail
