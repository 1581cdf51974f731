// SPDX-License-Identifier: MIT
// F208 long-path: a forum's views pass through more links than allowed (three by default) before
// reaching a decision.
#include "../rule.hpp"
#include "flow_text.hpp"

#include <fmt/format.h>

#include <string>

namespace engage::rules {

namespace {
const RuleOption max_links_to_decision{
    .name = "max-links-to-decision",
    .whole_number = true,
    .default_value = 3,
    .min = 1,
    .max = 1000,
    .summary = "most links a forum's views may pass through before they reach a body that decides",
};
constexpr const RuleOption* options[] = {&max_links_to_decision};
} // namespace

namespace {

/// "directly", "through one other body", "through 2 other bodies".
std::string route_words(std::uint32_t links) {
    if (links == 1)
        return "directly";
    if (links == 2)
        return "through one other body";
    return "through " + std::to_string(links - 1) + " other bodies";
}

void check(CheckContext& ctx) {
    const FlowGraph& graph = ctx.graph();
    const auto limit = static_cast<std::uint32_t>(ctx.whole_option(max_links_to_decision));
    for (std::uint32_t i = 0; i < graph.size(); ++i) {
        const std::uint32_t links = graph.links_to_decision(i);
        // A forum that decides itself has no route to measure.
        if (!graph.is_forum(i) || links == FlowGraph::unreachable || links == 0)
            continue;
        const Body& forum = graph.body(i);
        if (links <= limit) {
            ctx.evidence_by(forum.loc, [&] {
                return "views from " + the_body(forum) + " reach " +
                       the_body(graph.body(graph.nearest_decider(i))) + " " + route_words(links);
            });
            continue;
        }
        // The route is spelled out only when short enough to read; building it is
        // then cheap too (a long chain would make every forum's path quadratic).
        constexpr std::uint32_t spelled_out = 7;
        const std::string route =
            links <= spelled_out ? " (" + body_path(graph, graph.path_to_decision(i)) + ")" : "";
        ctx.report(forum.loc,
                   fmt::format("views from {} pass through {} links before they reach a body "
                               "that takes decisions{}, more than {}",
                               the_body(forum), links, route, limit));
    }
}

constexpr std::string_view indicators[] = {"WT-2"};

constexpr RuleInfo info{
    .code = "F208",
    .name = "long-path",
    .family = RuleFamily::flow,
    .severity = Severity::warning,
    .standard = "working-together",
    .indicators = indicators,
    .options = options,
    .summary = "A forum's views pass through more links than allowed (three by default) before "
               "reaching a decision.",
    .rationale = "Each body a view passes through can dilute, delay or drop it. A short route "
                 "from forum to decision keeps young people's words intact. The limit is set by "
                 "`max-links-to-decision`.",
    .help = "Shorten the route: link the forum to the deciding body more directly.",
};

} // namespace

extern const RuleDefinition long_path{info, check};

} // namespace engage::rules
