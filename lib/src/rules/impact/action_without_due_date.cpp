// E372 action-without-due-date: an action that is not done or dropped has no due date.
#include "../rule.hpp"

#include <algorithm>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(
            std::any_of(ctx.plan.actions.begin(), ctx.plan.actions.end(), [](const auto& x) {
                return !x.status.present() ||
                       (x.status.value != Status::done && x.status.value != Status::dropped);
            })))
        return;
    for (const Action& a : ctx.plan.actions) {
        if (a.due.present())
            continue;
        if (a.status.present() &&
            (a.status.value == Status::done || a.status.value == Status::dropped))
            continue;
        ctx.report(a.loc, "the action `" + a.id.value + "` has no date it is due by");
    }
}

constexpr std::string_view indicators[] = {"PLA-5"};

constexpr RuleInfo info{
    .code = "E372",
    .name = "action-without-due-date",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "An action that is not done or dropped has no due date.",
    .rationale = "An action with no date can be put off for ever. Young people who asked for a "
                 "change deserve to know when to expect it, and boards need dates to see which "
                 "promises are slipping.",
    .help = "Add `due:` with a realistic date agreed with the lead and shared with young people.",
};

} // namespace

extern const RuleDefinition action_without_due_date{info, check};

} // namespace engage::rules
