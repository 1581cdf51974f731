// F202 board-without-voice: a deciding board that no forum's views reach.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_board_without_voice(CheckContext& ctx) {
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

} // namespace engage::detail
