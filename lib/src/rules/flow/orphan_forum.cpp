// F201 orphan-forum: a forum whose views reach no body that takes decisions.
#include "../check_context.hpp"
#include "../checks.hpp"
#include "flow_text.hpp"

namespace engage::detail {

void check_orphan_forum(CheckContext& ctx) {
    const FlowGraph& graph = ctx.graph();
    bool any_forum = false;
    for (std::uint32_t i = 0; i < graph.size(); ++i) {
        if (!graph.is_forum(i))
            continue;
        any_forum = true;
        if (graph.links_to_decision(i) != FlowGraph::unreachable)
            continue;
        std::vector<std::uint32_t> next;
        for (std::uint32_t link : graph.outgoing(i))
            next.push_back(graph.links()[link].to);
        const Body& forum = graph.body(i);
        ctx.report(
            forum.loc,
            next.empty()
                ? "the plan gives the forum `" + forum.id.value +
                      "` no route to a body that takes decisions: it feeds into no other body"
                : "the plan gives the forum `" + forum.id.value +
                      "` no route to a body that takes decisions: it feeds into " +
                      body_list(graph, next) + ", and nothing on from there decides");
    }
    ctx.applies_when(any_forum);
}

} // namespace engage::detail
