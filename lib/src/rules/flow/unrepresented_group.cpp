// F205 unrepresented-group: a group of the plan that no forum represents.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <string_view>
#include <unordered_set>

namespace engage::detail {

void check_unrepresented_group(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.groups.empty()))
        return;
    const FlowGraph& graph = ctx.graph();
    std::unordered_set<std::string_view> represented;
    for (std::uint32_t i = 0; i < graph.size(); ++i) {
        if (!graph.is_forum(i))
            continue;
        for (const Text& id : graph.body(i).groups.value)
            represented.insert(id.value);
    }
    for (const Group& group : ctx.plan.groups) {
        if (group.id.value.empty() || represented.count(group.id.value))
            continue;
        ctx.report(group.loc, "no forum of the plan represents the group `" + group.id.value +
                                  "`, so the plan gives it no regular place to be heard");
    }
}

} // namespace engage::detail
