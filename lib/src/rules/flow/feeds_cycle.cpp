// SPDX-License-Identifier: MIT
// F203 feeds-cycle: bodies that feed into each other in a loop.
#include "../rule.hpp"
#include "flow_text.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const FlowGraph& graph = ctx.graph();
    for (const FlowLink& link : graph.links()) {
        if (graph.in_cycle(link.from) && graph.in_cycle(link.to))
            continue;
        ctx.evidence_by(link.link->loc, [&] {
            return the_body(graph.body(link.from)) + " passes its views on to " +
                   the_body(graph.body(link.to));
        });
    }
    for (const auto& members : graph.cycles()) {
        const Body& first = graph.body(members.front());
        ctx.report(first.loc, members.size() == 1
                                  ? the_body(first) + " feeds into itself"
                                  : body_list(graph, members) +
                                        " feed into each other in a loop, so it is unclear "
                                        "where views go and who answers them");
    }
}

constexpr std::string_view indicators[] = {"WT-2"};

constexpr RuleInfo info{
    .code = "F203",
    .name = "feeds-cycle",
    .family = RuleFamily::flow,
    .severity = Severity::error,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "Bodies that feed into each other in a loop.",
    .rationale = "When views go round a loop of bodies, nobody is clearly responsible for "
                 "answering them, and the route to a decision cannot be followed. Answers going "
                 "back belong in a link's `feedback`, not in a second link the other way.",
    .help = "Remove the link that goes back, and describe how the receiving body reports back in "
            "the first link's `feedback` instead.",
};

} // namespace

extern const RuleDefinition feeds_cycle{info, check};

} // namespace engage::rules
