// E345 board-without-chair: a board that does not say who chairs it.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <string_view>

namespace engage::detail {

void check_board_without_chair(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.plan.has_body(BodyKind::board)))
        return;
    for (const Body& body : ctx.plan.bodies) {
        if (!body.is(BodyKind::board))
            continue;
        if (!body.chair.present()) {
            ctx.report(body.loc, "the board `" + body.id.value + "` does not say who chairs it");
        } else if (is_blank(body.chair.value)) {
            ctx.report(body.chair.loc,
                       "the chair of the board `" + body.id.value + "` is left blank");
        }
    }
}

} // namespace engage::detail
