// E376 action-overdue: an action's due date has passed and it is not marked done or dropped.
#include "../rule.hpp"

#include <algorithm>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.as_of().has_value() &&
                          std::any_of(ctx.plan.actions.begin(), ctx.plan.actions.end(),
                                      [](const auto& x) { return x.due.present(); })))
        return;
    const auto& as_of = ctx.as_of();
    if (!as_of)
        return;
    for (const Action& a : ctx.plan.actions) {
        if (!a.due.present() || !(a.due.value < *as_of))
            continue;
        if (a.status.present() &&
            (a.status.value == Status::done || a.status.value == Status::dropped))
            continue;
        ctx.report(a.due.loc, "the action `" + a.id.value + "` was due on " +
                                  a.due.value.to_string() + " and is not marked done");
    }
}

constexpr std::string_view indicators[] = {"IMP-5"};

constexpr RuleInfo info{
    .code = "E376",
    .name = "action-overdue",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "An action's due date has passed and it is not marked done or dropped.",
    .rationale = "Overdue actions are promises to children and young people that have not been "
                 "kept on time. Flagging them lets the lead either finish the work or tell young "
                 "people honestly why it is late and when to expect it.",
    .help = "Finish the action and mark it done, or agree a new due date and tell young people "
            "why it moved.",
};

} // namespace

extern const RuleDefinition action_overdue{info, check};

} // namespace engage::rules
