// SPDX-License-Identifier: MIT
// E377 action-blocked: an action is marked as blocked.
#include "../rule.hpp"
#include "item_words.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Action& a : ctx.plan.actions) {
        if (!a.status.present())
            continue;
        if (a.status.value == Status::in_progress || a.status.value == Status::done) {
            ctx.evidence_by(a.status.loc, [&] {
                return "the action " + quoted_title(a.title, a.id) +
                       (a.status.value == Status::done ? " is done" : " is under way");
            });
            continue;
        }
        if (a.status.value != Status::blocked)
            continue;
        ctx.report(a.status.loc, "the action " + quoted_title(a.title, a.id) +
                                     " is blocked and needs someone to unblock it");
    }
}

constexpr std::string_view indicators[] = {"IMP-5"};

constexpr RuleInfo info{
    .code = "E377",
    .name = "action-blocked",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "An action is marked as blocked.",
    .rationale = "A blocked action means something young people asked for is stuck. Raising it "
                 "lets the board or partnership remove the obstacle, and makes sure young people "
                 "are told rather than left wondering what happened.",
    .help = "Take the blocked action to the board or partner who can unblock it, and tell young "
            "people what is holding it up.",
};

} // namespace

extern const RuleDefinition action_blocked{info, check};

} // namespace engage::rules
