// SPDX-License-Identifier: MIT
// E321 no-partners: the plan names no partners who shape and deliver it together.
#include "../flow/flow_text.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Partner& partner : ctx.plan.partners) {
        ctx.evidence_by(partner.loc,
                        [&] { return partner_name(partner) + " is a partner in the plan"; });
    }
    if (!ctx.plan.partners.empty())
        return;
    ctx.report(ctx.plan_loc(), "the plan names no partners who shape and deliver it together");
}

constexpr std::string_view indicators[] = {"WT-1"};

constexpr RuleInfo info{
    .code = "E321",
    .name = "no-partners",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "The plan names no partners who shape and deliver it together.",
    .rationale = "The Working Together standard asks that the roles of everyone involved are "
                 "clear and agreed. Children's views usually need several services to act on "
                 "them: education, social work, health, youth work. A plan with no partners gives "
                 "young people no way to see who has agreed to listen and who will act.",
    .help = "Add a `partners:` section naming each organisation involved and its role.",
};

} // namespace

extern const RuleDefinition no_partners{info, check};

} // namespace engage::rules
