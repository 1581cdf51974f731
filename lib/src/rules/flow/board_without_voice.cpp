// SPDX-License-Identifier: MIT
// F202 board-without-voice: a board that takes decisions, but that no forum's views reach.
#include "../rule.hpp"
#include "flow_text.hpp"

#include <algorithm>
#include <vector>

namespace engage::rules {

namespace {

/// The forums that feed `board` directly, at most `shown` of them.
std::vector<std::uint32_t> forums_feeding(const FlowGraph& graph, std::uint32_t board) {
    constexpr std::size_t shown = 3;
    std::vector<std::uint32_t> out;
    for (std::uint32_t link : graph.incoming(board)) {
        const std::uint32_t from = graph.links()[link].from;
        if (graph.is_forum(from) && !graph.body(from).is_for_adults() && out.size() < shown &&
            std::find(out.begin(), out.end(), from) == out.end())
            out.push_back(from);
    }
    return out;
}

void check(CheckContext& ctx) {
    const FlowGraph& graph = ctx.graph();
    for (std::uint32_t i = 0; i < graph.size(); ++i) {
        if (!graph.is_board(i) || !graph.decides(i))
            continue;
        const Body& board = graph.body(i);
        if (graph.reached_by_forum(i)) {
            ctx.evidence_by(board.loc, [&] {
                const std::vector<std::uint32_t> direct = forums_feeding(graph, i);
                return direct.empty()
                           ? "forums' views reach " + the_body(board) +
                                 ", which takes decisions, through other bodies"
                           : body_list(graph, direct) + " feed" + (direct.size() == 1 ? "s" : "") +
                                 " into " + the_body(board) + ", which takes decisions";
            });
            continue;
        }
        ctx.report(board.loc, the_body(board) +
                                  " takes decisions, but the plan shows no forum whose views "
                                  "reach it, directly or through other bodies");
    }
}

constexpr std::string_view indicators[] = {"WT-2"};

constexpr RuleInfo info{
    .code = "F202",
    .name = "board-without-voice",
    .family = RuleFamily::flow,
    .severity = Severity::warning,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "A board that takes decisions, but that no forum's views reach.",
    .rationale = "A board that decides about children's services without hearing from any forum "
                 "of children and young people decides without their voice. Dundee's framework "
                 "asks which forums flow into its Champions Board for exactly this reason.",
    .help = "Link at least one forum to the board with `feeds_into`, directly or through another "
            "body.",
};

} // namespace

extern const RuleDefinition board_without_voice{info, check};

} // namespace engage::rules
