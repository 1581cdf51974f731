// E303 seldom-heard-not-engaged: a seldom-heard group takes part in no engagement and no forum
// represents it.
#include "../rule.hpp"

#include <algorithm>

namespace engage::rules {

namespace {

bool lists(const TextList& ids, const std::string& id) {
    return std::any_of(ids.value.begin(), ids.value.end(),
                       [&](const Text& item) { return item.value == id; });
}

void check(CheckContext& ctx) {
    if (!ctx.applies_when(std::any_of(ctx.plan.groups.begin(), ctx.plan.groups.end(),
                                      [](const auto& x) { return x.is_seldom_heard(); })))
        return;
    for (const Group& group : ctx.plan.groups) {
        if (!group.is_seldom_heard())
            continue;
        const std::string& id = group.id.value;
        const bool engaged = std::any_of(ctx.plan.engagements.begin(), ctx.plan.engagements.end(),
                                         [&](const Engagement& e) { return lists(e.groups, id); });
        const bool in_forum =
            std::any_of(ctx.plan.bodies.begin(), ctx.plan.bodies.end(), [&](const Body& b) {
                return b.is(BodyKind::forum) && lists(b.groups, id);
            });
        if (engaged || in_forum)
            continue;
        ctx.report(group.loc, "the seldom-heard group `" + id +
                                  "` is not involved in any engagement and no forum represents it");
    }
}

constexpr std::string_view indicators[] = {"INC-2"};

constexpr RuleInfo info{
    .code = "E303",
    .name = "seldom-heard-not-engaged",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "inclusion",
    .indicators = indicators,
    .summary = "A seldom-heard group takes part in no engagement and no forum represents it.",
    .rationale = "Naming a group as seldom heard is only a first step: the plan must show how its "
                 "children and young people are actually reached. A seldom-heard group that no "
                 "engagement involves and no forum speaks for stays unheard, however well the "
                 "plan describes it.",
    .help = "List the group in an engagement's `groups` or in a forum's `groups`, or plan an "
            "engagement that reaches it.",
};

} // namespace

extern const RuleDefinition seldom_heard_not_engaged{info, check};

} // namespace engage::rules
