// E321 no-partners: the plan names no partners who shape and deliver it together.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.plan.partners.empty())
        return;
    ctx.report(ctx.plan_loc(),
               "the plan names no partners (`partners:`) who shape and deliver it together");
}

constexpr std::string_view indicators[] = {"PLA-1"};

constexpr RuleInfo info{
    .code = "E321",
    .name = "no-partners",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "planning",
    .indicators = indicators,
    .summary = "The plan names no partners who shape and deliver it together.",
    .rationale = "The Planning standard asks that partners define the focus of the engagement "
                 "together at the start. Children's views usually need several services to act on "
                 "them: education, social work, health, youth work. A plan with no partners gives "
                 "young people no way to see who has agreed to listen and who will act.",
    .help = "Add a `partners:` section naming each organisation involved and its role.",
};

} // namespace

extern const RuleDefinition no_partners{info, check};

} // namespace engage::rules
