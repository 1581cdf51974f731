// SPDX-License-Identifier: MIT
// E372 action-without-due-date: an action that is not done or dropped has no due date.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Action& a : ctx.plan.actions) {
        if (a.due.present()) {
            ctx.evidence_by(a.due.loc,
                            [&] { return name_of(a) + " is due by " + a.due.value.to_string(); });
            continue;
        }
        if (a.due.written()) // a bad date is the loader's finding
            continue;
        if (a.status.present() &&
            (a.status.value == Status::done || a.status.value == Status::dropped))
            continue;
        ctx.report(a.loc, "the action " + name_of(a) + " has no date it is due by");
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
    .many = "{count} of {total} actions have no date they are due by",
};

} // namespace

extern const RuleDefinition action_without_due_date{info, check};

} // namespace engage::rules
