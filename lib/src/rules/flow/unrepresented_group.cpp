// F205 unrepresented-group: a group the plan is for that no forum represents.
#include "../rule.hpp"

#include <string_view>
#include <unordered_set>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
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

constexpr std::string_view indicators[] = {"INC-2"};

constexpr RuleInfo info{
    .code = "F205",
    .name = "unrepresented-group",
    .family = RuleFamily::flow,
    .severity = Severity::warning,
    .standard = "inclusion",
    .indicators = indicators,
    .summary = "A group the plan is for that no forum represents.",
    .rationale = "A group with no forum has no regular place where its members speak for "
                 "themselves; its views depend on one-off consultations, or on others speaking "
                 "for it.",
    .help = "List the group in the `groups` of a forum that represents it, or set up a forum for "
            "it.",
};

} // namespace

extern const RuleDefinition unrepresented_group{info, check};

} // namespace engage::rules
