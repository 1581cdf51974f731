// E344 no-deciding-board: no body in the plan holds the power to decide.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_deciding_board(CheckContext& ctx) {
    for (const Body& body : ctx.plan.bodies) {
        if (body.takes_decisions())
            return;
    }
    ctx.report(ctx.plan_loc(), "no board or forum in the plan is marked as taking decisions "
                               "(`decides: true`), so it is not clear who acts on what young "
                               "people say");
}

} // namespace engage::detail
