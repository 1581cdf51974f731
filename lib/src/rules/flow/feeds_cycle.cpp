// F203 feeds-cycle: bodies that feed into each other in a loop, reported once per loop.
#include "../check_context.hpp"
#include "../checks.hpp"
#include "flow_text.hpp"

namespace engage::detail {

void check_feeds_cycle(CheckContext& ctx) {
    const FlowGraph& graph = ctx.graph();
    if (!ctx.applies_when(!graph.links().empty()))
        return;
    for (const auto& members : graph.cycles()) {
        const Body& first = graph.body(members.front());
        ctx.report(first.loc,
                   members.size() == 1
                       ? "the body `" + first.id.value + "` feeds into itself"
                       : "the bodies " + body_list(graph, members) +
                             " feed into each other in a loop, so it is unclear where views "
                             "go and who answers them");
    }
}

} // namespace engage::detail
