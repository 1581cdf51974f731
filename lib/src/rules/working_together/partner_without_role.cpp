// SPDX-License-Identifier: MIT
// E341 partner-without-role: a partner is listed without saying what part it plays in the plan.
#include "../flow/flow_text.hpp"
#include "../rule.hpp"

#include <string_view>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Partner& partner : ctx.plan.partners) {
        const Text& role = partner.role;
        if (says_something(role)) {
            ctx.evidence_by(role.loc, [&] {
                return partner_name(partner) + " has a role in the plan: " + one_line(role.value);
            });
        } else if (!role.written()) {
            ctx.report(partner.loc,
                       partner_name(partner) + " does not say what its role is in the plan");
        } else if (role.invalid) {
            continue; // the loader's finding
        } else if (is_blank(role.value)) {
            ctx.report(role.loc, "the role of " + partner_name(partner) + " is left blank");
        } else {
            ctx.report(role.loc, "the role of " + partner_name(partner) + " is given only as \"" +
                                     one_line(role.value) + "\", which says nothing of it");
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
