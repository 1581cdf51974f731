// SPDX-License-Identifier: MIT
// E376 action-overdue: an action's due date has passed and it is not marked done or dropped.
#include "../rule.hpp"
#include "item_words.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const auto& as_of = ctx.as_of();
    if (!as_of)
        return;
    for (const Action& a : ctx.plan.actions) {
        if (!a.due.present())
            continue;
        const bool closed = a.status.present() &&
                            (a.status.value == Status::done || a.status.value == Status::dropped);
        if (a.due.value < *as_of && !closed) {
            ctx.report(a.due.loc, "the action " + quoted_title(a.title, a.id) + " was due on " +
                                      a.due.value.to_string() + " and is not marked done");
            continue;
        }
        // On time and followed: done or dropped, or not yet due with its progress marked.
        if (!a.status.present())
            continue;
        ctx.evidence_by(a.due.loc, [&] {
            return "the action " + quoted_title(a.title, a.id) + ", due on " +
                   a.due.value.to_string() + ", is marked " + status_words(a.status.value);
        });
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
    .many = "{count} actions are past their due date and not done",
};

} // namespace

extern const RuleDefinition action_overdue{info, check};

} // namespace engage::rules
