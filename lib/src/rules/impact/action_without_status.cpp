// SPDX-License-Identifier: MIT
// E375 action-without-status: an action does not say whether it is planned, under way, done,
// blocked or dropped.
#include "../rule.hpp"
#include "item_words.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Action& a : ctx.plan.actions) {
        if (a.status.present()) {
            ctx.evidence_by(a.status.loc, [&] {
                return "the action " + quoted_title(a.title, a.id) + " is marked " +
                       status_words(a.status.value);
            });
            continue;
        }
        // A status the loader reported as bad is its finding, not also this one.
        if (a.status.written())
            continue;
        ctx.report(a.loc, "the action " + quoted_title(a.title, a.id) +
                              " does not say whether it is planned, under way, done, blocked or "
                              "dropped");
    }
}

constexpr std::string_view indicators[] = {"IMP-5"};

constexpr RuleInfo info{
    .code = "E375",
    .name = "action-without-status",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "impact",
    .indicators = indicators,
    .summary = "An action does not say whether it is planned, under way, done, blocked or dropped.",
    .rationale = "Young people and boards need to see how far each action has got. A status makes "
                 "progress visible, so that what was promised can be reported back honestly, "
                 "including what was dropped and why.",
    .help = "Add `status:` with one of planned, in-progress, done, blocked or dropped, and keep "
            "it up to date.",
    .many = "{count} of {total} actions do not say whether they are planned, under way, done, "
            "blocked or dropped",
};

} // namespace

extern const RuleDefinition action_without_status{info, check};

} // namespace engage::rules
