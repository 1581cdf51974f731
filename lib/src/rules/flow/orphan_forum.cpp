// SPDX-License-Identifier: MIT
// F201 orphan-forum: a forum whose views have no route to any body that takes decisions.
#include "../rule.hpp"
#include "flow_text.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const FlowGraph& graph = ctx.graph();
    for (std::uint32_t i = 0; i < graph.size(); ++i) {
        if (!graph.is_forum(i))
            continue;
        const Body& forum = graph.body(i);
        // A forum of adults (`for: adults`, a parent carer forum) carries adults' views:
        // where they go is not what this rule asks about children's.
        if (forum.is_for_adults())
            continue;
        const std::uint32_t links = graph.links_to_decision(i);
        if (links == 0) {
            ctx.evidence_by(forum.loc, [&] { return the_body(forum) + " takes decisions itself"; });
            continue;
        }
        if (links != FlowGraph::unreachable) {
            ctx.evidence_by(forum.loc, [&] {
                return "views from " + the_body(forum) + " reach " +
                       the_body(graph.body(graph.nearest_decider(i))) + ", which takes decisions";
            });
            continue;
        }
        std::vector<std::uint32_t> next;
        for (std::uint32_t link : graph.outgoing(i))
            next.push_back(graph.links()[link].to);
        ctx.report(forum.loc,
                   next.empty()
                       ? "the plan names no body that views from " + the_body(forum) +
                             " go to, so it shows no route from it to a body that takes decisions"
                       : "the plan gives " + the_body(forum) +
                             " no route to a body that takes decisions: it feeds into " +
                             body_list(graph, next) + ", and nothing on from there decides");
    }
}

constexpr std::string_view indicators[] = {"WT-2", "IMP-2"};

constexpr RuleInfo info{
    .code = "F201",
    .name = "orphan-forum",
    .family = RuleFamily::flow,
    .severity = Severity::warning,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "A forum whose views have no route to any body that takes decisions.",
    .rationale = "Lundy's model asks that children's views reach an audience with the power to "
                 "act. A forum that feeds into nothing, or only into bodies that decide nothing, "
                 "gives young people a place to speak but nobody who must listen: their views "
                 "stop where they are spoken.",
    .help = "Add a `feeds_into` link from the forum to a board that decides (or to a body that "
            "passes its views on to one), and mark the deciding board `decides: true`.",
};

} // namespace

extern const RuleDefinition orphan_forum{info, check};

} // namespace engage::rules
