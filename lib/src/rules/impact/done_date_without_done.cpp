// SPDX-License-Identifier: MIT
// E379 done-date-without-done: an action has a completion date but its status is not done.
#include "../catalogue.hpp"
#include "item_words.hpp"

#include <string>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Action& a : ctx.plan.actions) {
        if (!a.done_on.present())
            continue;
        if (a.status.present() && a.status.value == Status::done) {
            ctx.evidence_by(a.status.loc, [&] {
                return "the action " + quoted_title(a.title, a.id) + " is marked done, on " +
                       a.done_on.value.to_string();
            });
            continue;
        }
        // A status the loader reported as bad is its finding, not also this one; a missing one
        // is action-without-status's (when it runs).
        if (a.status.written() && !a.status.present())
            continue;
        if (!a.status.written() && ctx.settings.rules.enabled(action_without_status.info.name))
            continue;
        const std::string state =
            a.status.present() ? "is marked " + status_words(a.status.value) : "has no status";
        ctx.report(a.done_on.loc, "the action " + quoted_title(a.title, a.id) +
                                      " says it was done on " + a.done_on.value.to_string() +
                                      " but " + state);
    }
}

constexpr std::string_view indicators[] = {"IMP-5"};

constexpr RuleInfo info{
    .code = "E379",
    .name = "done-date-without-done",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "An action has a completion date but its status is not done.",
    .rationale = "An action cannot be both finished and not finished. The contradiction makes it "
                 "unclear what young people should be told, and which record of progress to trust.",
    .help = "Set `status: done` if the action is finished, or remove `done_on:` if it is not.",
};

} // namespace

extern const RuleDefinition done_date_without_done{info, check};

} // namespace engage::rules
