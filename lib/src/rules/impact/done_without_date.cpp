// SPDX-License-Identifier: MIT
// E378 done-without-date: an action is marked done but does not say when.
#include "../rule.hpp"
#include "item_words.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Action& a : ctx.plan.actions) {
        if (!a.status.present() || a.status.value != Status::done)
            continue;
        if (a.done_on.present()) {
            ctx.evidence_by(a.done_on.loc, [&] {
                return "the action " + quoted_title(a.title, a.id) + " was done on " +
                       a.done_on.value.to_string();
            });
            continue;
        }
        // A bad date is the loader's finding, not also this one.
        if (a.done_on.written())
            continue;
        ctx.report(a.status.loc, "the action " + quoted_title(a.title, a.id) +
                                     " is marked done but does not say when");
    }
}

constexpr std::string_view indicators[] = {"IMP-5"};

constexpr RuleInfo info{
    .code = "E378",
    .name = "done-without-date",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "impact",
    .indicators = indicators,
    .summary = "An action is marked done but does not say when.",
    .rationale = "Knowing when an action was completed lets the plan show how quickly young "
                 "people's views were acted on, and gives something concrete to tell them in "
                 "feedback.",
    .help = "Add `done_on:` with the date the action was completed.",
};

} // namespace

extern const RuleDefinition done_without_date{info, check};

} // namespace engage::rules
