// E311 barriers-not-identified: a seldom-heard group does not say what stops it taking part.
#include "../rule.hpp"

#include <algorithm>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(std::any_of(ctx.plan.groups.begin(), ctx.plan.groups.end(),
                                      [](const auto& x) { return x.is_seldom_heard(); })))
        return;
    for (const Group& group : ctx.plan.groups) {
        if (!group.is_seldom_heard())
            continue;
        if (!group.barriers.value.empty())
            continue;
        ctx.report(group.barriers.present() ? group.barriers.loc : group.loc,
                   "the seldom-heard group `" + group.id.value +
                       "` lists no barriers that stop it taking part");
    }
}

constexpr std::string_view indicators[] = {"SUP-1"};

constexpr RuleInfo info{
    .code = "E311",
    .name = "barriers-not-identified",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "support",
    .indicators = indicators,
    .summary = "A seldom-heard group does not say what stops it taking part.",
    .rationale = "The Support standard asks that barriers to taking part are identified and "
                 "overcome. A group is seldom heard for reasons: placement moves, caring duties, "
                 "transport, communication needs, distrust of professionals. Until the plan names "
                 "those barriers, it cannot plan the support that would let these children and "
                 "young people be heard.",
    .help = "List under the group's `barriers` what stops its children and young people taking "
            "part, ideally found out with them.",
};

} // namespace

extern const RuleDefinition barriers_not_identified{info, check};

} // namespace engage::rules
