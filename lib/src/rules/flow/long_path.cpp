// F208 long-path: a forum's views pass through too many links before reaching a decision.
#include "../check_context.hpp"
#include "../checks.hpp"
#include "flow_text.hpp"

#include <fmt/format.h>

namespace engage::detail {

void check_long_path(CheckContext& ctx) {
    const FlowGraph& graph = ctx.graph();
    const auto limit = static_cast<std::uint32_t>(ctx.settings.thresholds.max_links_to_decision);
    bool any_route = false;
    for (std::uint32_t i = 0; i < graph.size(); ++i) {
        if (!graph.is_forum(i) || graph.links_to_decision(i) == FlowGraph::unreachable)
            continue;
        any_route = true;
        const std::uint32_t links = graph.links_to_decision(i);
        if (links <= limit)
            continue;
        // The route is spelled out only when short enough to read; building it is
        // then cheap too (a long chain would make every forum's path quadratic).
        constexpr std::uint32_t spelled_out = 7;
        const std::string route =
            links <= spelled_out ? " (" + body_path(graph, graph.path_to_decision(i)) + ")" : "";
        ctx.report(
            graph.body(i).loc,
            fmt::format(
                "views from the forum `{}` pass through {} links before they reach a body that "
                "takes decisions{}, more than {}",
                graph.body(i).id.value, links, route, limit));
    }
    ctx.applies_when(any_route);
}

} // namespace engage::detail
