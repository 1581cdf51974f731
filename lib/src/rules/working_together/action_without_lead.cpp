// SPDX-License-Identifier: MIT
// E342 action-without-lead: an action names nobody to lead it.
#include "../flow/flow_text.hpp"
#include "../rule.hpp"

#include <string_view>

namespace engage::rules {

namespace {

// A lead that is written but is only a placeholder ("TBC", "CLD?") is placeholder-lead's
// finding, not this one's.
void check(CheckContext& ctx) {
    for (const Action& action : ctx.plan.actions) {
        if (says_something(action.lead)) {
            ctx.evidence_by(action.lead.loc, [&] {
                return "the action " + titled(action.title, action.id) + " is led by " +
                       one_line(action.lead.value);
            });
        } else if (!action.lead.written()) {
            ctx.report(action.loc, "the action " + titled(action.title, action.id) +
                                       " names nobody to lead it");
        } else if (action.lead.present() && is_blank(action.lead.value)) {
            ctx.report(action.lead.loc, "the lead of the action " +
                                            titled(action.title, action.id) + " is left blank");
        }
    }
}

constexpr std::string_view indicators[] = {"WT-1"};

constexpr RuleInfo info{
    .code = "E342",
    .name = "action-without-lead",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "An action names nobody to lead it.",
    .rationale = "An action that nobody leads is an action nobody is answerable for. Young people "
                 "who asked for a change need to know who will make it happen and who to ask when "
                 "it does not; without a named lead, promises made in response to their views are "
                 "easily lost.",
    .help = "Add a `lead:` to the action naming the post or team that will see it through.",
    .many = "{count} actions name no lead",
};

} // namespace

extern const RuleDefinition action_without_lead{info, check};

} // namespace engage::rules
