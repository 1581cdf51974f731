// E361 no-you-said-we-did: an engagement that does not record what was done about what was said.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_you_said_we_did(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.engagements.empty()))
        return;
    for (const Engagement& e : ctx.plan.engagements) {
        if (!e.we_did.value.empty())
            continue;
        if (!e.you_said.value.empty()) {
            ctx.report(e.loc, "the engagement `" + e.id.value +
                                  "` records what those taking part said but not what was done "
                                  "about it");
        } else {
            ctx.report(e.loc, "the engagement `" + e.id.value +
                                  "` records neither what those taking part said nor what was "
                                  "done about it");
        }
    }
}

} // namespace engage::detail
