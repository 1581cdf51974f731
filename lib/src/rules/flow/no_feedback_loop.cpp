// F204 no-feedback-loop: a link that does not say how the receiving body reports back.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_feedback_loop(CheckContext& ctx) {
    const FlowGraph& graph = ctx.graph();
    if (!ctx.applies_when(!graph.links().empty()))
        return;
    for (const FlowLink& link : graph.links()) {
        if (link.has_feedback())
            continue;
        const std::string& from = graph.body(link.from).id.value;
        const std::string& to = graph.body(link.to).id.value;
        ctx.report(link.link->loc, "the link from `" + from + "` to `" + to +
                                       "` does not say how `" + to + "` reports back to `" + from +
                                       "` (`feedback`)");
    }
}

} // namespace engage::detail
