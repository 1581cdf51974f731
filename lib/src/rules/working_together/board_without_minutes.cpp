// E346 board-without-minutes: a board whose meetings are not minuted.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_board_without_minutes(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.plan.has_body(BodyKind::board)))
        return;
    for (const Body& body : ctx.plan.bodies) {
        if (!body.is(BodyKind::board))
            continue;
        if (!body.minutes.present()) {
            ctx.report(body.loc,
                       "the board `" + body.id.value + "` does not say whether it keeps minutes");
        } else if (!body.minutes.value) {
            ctx.report(body.minutes.loc,
                       "the board `" + body.id.value + "` keeps no minutes of its meetings");
        }
    }
}

} // namespace engage::detail
