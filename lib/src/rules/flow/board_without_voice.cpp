// F202 board-without-voice: a board that takes decisions, but that no forum's views reach.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const FlowGraph& graph = ctx.graph();
    bool any_deciding_board = false;
    for (std::uint32_t i = 0; i < graph.size(); ++i) {
        if (!graph.is_board(i) || !graph.decides(i))
            continue;
        any_deciding_board = true;
        if (graph.reached_by_forum(i))
            continue;
        ctx.report(graph.body(i).loc,
                   "the board `" + graph.body(i).id.value +
                       "` takes decisions, but the plan shows no forum whose views reach "
                       "it, directly or through other bodies");
    }
    ctx.applies_when(any_deciding_board);
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
