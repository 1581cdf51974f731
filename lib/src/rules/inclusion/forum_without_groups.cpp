// E305 forum-without-groups: a forum that does not say which groups it represents.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_forum_without_groups(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.plan.has_body(BodyKind::forum)))
        return;
    for (const Body& body : ctx.plan.bodies) {
        if (!body.is(BodyKind::forum))
            continue;
        if (!body.groups.value.empty())
            continue;
        ctx.report(body.groups.present() ? body.groups.loc : body.loc,
                   "the forum `" + body.id.value + "` does not say which groups it represents");
    }
}

} // namespace engage::detail
