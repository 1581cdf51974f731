// E342 action-without-lead: an action names nobody to lead it.
#include "../rule.hpp"

#include <string_view>

namespace engage::rules {

namespace {

// A lead that is written but is only a placeholder ("TBC", "CLD?") is placeholder-lead's
// finding, not this one's.
void check(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.actions.empty()))
        return;
    for (const Action& action : ctx.plan.actions) {
        if (!action.lead.present()) {
            ctx.report(action.loc, "the action `" + action.id.value + "` names nobody to lead it");
        } else if (is_blank(action.lead.value)) {
            ctx.report(action.lead.loc,
                       "the lead of the action `" + action.id.value + "` is left blank");
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
};

} // namespace

extern const RuleDefinition action_without_lead{info, check};

} // namespace engage::rules
