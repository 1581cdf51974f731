// SPDX-License-Identifier: MIT
// E301 no-groups: the plan does not say which groups of children and young people it is for.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

std::string group_words(const Group& group) {
    std::string words = "the plan is for " + name_of(group);
    if (group.ages.present())
        words += ", aged " + std::to_string(group.ages.value.min) + " to " +
                 std::to_string(group.ages.value.max);
    return words;
}

void check(CheckContext& ctx) {
    bool any = false;
    for (const Group& group : ctx.plan.groups) {
        if (group.is_adults()) // parents and carers are not the children the plan is for
            continue;
        any = true;
        ctx.evidence_by(group.loc, [&] { return group_words(group); });
    }
    if (!any)
        ctx.report(ctx.plan_loc(),
                   ctx.plan.groups.empty()
                       ? "the plan does not name the groups of children and young people it is for"
                       : "the plan names only groups of adults, not the groups of children and "
                         "young people it is for");
}

constexpr std::string_view indicators[] = {"INC-2"};

constexpr RuleInfo info{
    .code = "E301",
    .name = "no-groups",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "inclusion",
    .indicators = indicators,
    .summary = "The plan does not say which groups of children and young people it is for.",
    .rationale = "Inclusion starts with knowing who is affected. A plan that names no groups "
                 "cannot show that care experienced young people, disabled young people, young "
                 "carers or other seldom-heard groups are reached, so nobody can check whether "
                 "they are.",
    .help = "Add a `groups:` section naming each group of children and young people the plan is "
            "for, with ages and any barriers they face (groups of parents or carers have "
            "`adults: true`).",
};

} // namespace

extern const RuleDefinition no_groups{info, check};

} // namespace engage::rules
