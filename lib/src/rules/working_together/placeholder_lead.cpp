// SPDX-License-Identifier: MIT
// E343 placeholder-lead: an action's lead is a placeholder such as "TBC" or "CLD?" rather than a
// named lead.
#include "../flow/flow_text.hpp"
#include "../plan_names.hpp"
#include "../rule.hpp"

#include <string>
#include <string_view>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Action& action : ctx.plan.actions) {
        if (says_something(action.lead)) {
            ctx.evidence_by(action.lead.loc, [&] {
                return "the action " + titled(action.title, action.id) + " has a named lead, " +
                       one_line(action.lead.value);
            });
        } else if (action.lead.present() && is_placeholder(action.lead.value)) {
            ctx.report(action.lead.loc, "the lead of the action " +
                                            titled(action.title, action.id) + " is \"" +
                                            trimmed_text(action.lead.value) +
                                            "\", a placeholder rather than a named lead");
        }
    }
}

constexpr std::string_view indicators[] = {"WT-1"};

constexpr RuleInfo info{
    .code = "E343",
    .name = "placeholder-lead",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "An action's lead is a placeholder such as \"TBC\" or \"CLD?\" rather than a named "
               "lead.",
    .rationale = "A placeholder lead looks like an answer but is not one: it shows that nobody "
                 "has yet agreed to take the action on. Young people reading the plan cannot tell "
                 "who is responsible, and the question of who leads can stay open until the "
                 "action is overdue.",
    .help = "Agree who will lead the action and write the post or team in `lead:`; if nobody can "
            "yet, say so in the action's `notes:` and raise it at the next board.",
    .many = "{count} actions have a placeholder for a lead",
};

} // namespace

extern const RuleDefinition placeholder_lead{info, check};

} // namespace engage::rules
