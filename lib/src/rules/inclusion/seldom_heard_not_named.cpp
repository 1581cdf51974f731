// SPDX-License-Identifier: MIT
// E302 seldom-heard-not-named: no group of children and young people is marked as seldom heard.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    // Groups of children and young people only: a parents' group being seldom heard
    // does not show that any children are.
    bool any_children = false;
    bool any_named = false;
    for (const Group& group : ctx.plan.groups) {
        if (group.is_adults())
            continue;
        any_children = true;
        if (!group.is_seldom_heard())
            continue;
        any_named = true;
        ctx.evidence_by(group.loc, [&] {
            return name_of(group) + " are named as a group that is seldom heard";
        });
    }
    if (any_children && !any_named) // no group at all is no-groups' finding
        ctx.report(ctx.plan_loc(), "the plan does not say which of its groups of children and "
                                   "young people are seldom heard");
}

constexpr std::string_view indicators[] = {"INC-2"};

constexpr RuleInfo info{
    .code = "E302",
    .name = "seldom-heard-not-named",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "inclusion",
    .indicators = indicators,
    .summary = "No group of children and young people is marked as seldom heard.",
    .rationale = "The Inclusion standard asks that groups facing disadvantage, and those with "
                 "protected characteristics, are reached, not only the confident young people who "
                 "already come forward. A plan that marks no group as seldom heard has not said "
                 "who is hard to reach, so nobody can check that care experienced young people, "
                 "young carers or disabled young people are heard.",
    .help = "Mark each group that is seldom heard with `seldom_heard: true`, and list its "
            "barriers.",
};

} // namespace

extern const RuleDefinition seldom_heard_not_named{info, check};

} // namespace engage::rules
