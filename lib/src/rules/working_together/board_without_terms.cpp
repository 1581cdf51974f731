// E347 board-without-terms: a board with no terms of reference.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <string_view>

namespace engage::detail {

void check_board_without_terms(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.plan.has_body(BodyKind::board)))
        return;
    for (const Body& body : ctx.plan.bodies) {
        if (!body.is(BodyKind::board))
            continue;
        if (!body.terms_of_reference.present()) {
            ctx.report(body.loc, "the board `" + body.id.value + "` has no terms of reference");
        } else if (is_blank(body.terms_of_reference.value)) {
            ctx.report(body.terms_of_reference.loc, "the terms of reference of the board `" +
                                                        body.id.value + "` are left blank");
        }
    }
}

} // namespace engage::detail
