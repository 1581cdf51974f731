// E341 partner-without-role: a partner is listed without saying what part it plays in the plan.
#include "../rule.hpp"

#include <string_view>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.partners.empty()))
        return;
    for (const Partner& partner : ctx.plan.partners) {
        if (!partner.role.present()) {
            ctx.report(partner.loc, "the partner `" + partner.id.value +
                                        "` does not say what its role is in the plan");
        } else if (is_blank(partner.role.value)) {
            ctx.report(partner.role.loc,
                       "the role of the partner `" + partner.id.value + "` is left blank");
        }
    }
}

constexpr std::string_view indicators[] = {"WT-1"};

constexpr RuleInfo info{
    .code = "E341",
    .name = "partner-without-role",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "A partner is listed without saying what part it plays in the plan.",
    .rationale = "Working together needs clear roles. When a partner is named but its role is "
                 "not, young people and staff cannot tell who hosts a forum, who releases staff "
                 "or who answers for a promise, and what young people say can fall between "
                 "organisations with nobody picking it up.",
    .help = "Give each partner a `role:` saying what it does for the plan: what it hosts, funds, "
            "runs or answers for.",
};

} // namespace

extern const RuleDefinition partner_without_role{info, check};

} // namespace engage::rules
