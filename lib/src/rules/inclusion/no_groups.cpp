// E301 no-groups: the plan does not say which groups of children and young people it is for.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.plan.groups.empty())
        return;
    ctx.report(ctx.plan_loc(), "the plan names no groups of children and young people it is for");
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
    .help = "Add a `groups:` section naming each group the plan is for, with ages and any "
            "barriers they face.",
};

} // namespace

extern const RuleDefinition no_groups{info, check};

} // namespace engage::rules
