// SPDX-License-Identifier: MIT
// E381 commitment-past-review: a commitment's review date has passed and it is still planned, in
// progress or without a status.
#include "../rule.hpp"
#include "item_words.hpp"

#include <string>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const auto& as_of = ctx.as_of();
    if (!as_of)
        return;
    for (const Commitment& c : ctx.plan.commitments) {
        if (!c.review.present() || !(c.review.value < *as_of))
            continue;
        // A status the loader reported as bad is its finding, not also this one.
        if (c.status.written() && !c.status.present())
            continue;
        std::string state = "has no status to show the review took place";
        if (c.status.present()) {
            if (c.status.value == Status::planned) {
                state = "is still shown as planned";
            } else if (c.status.value == Status::in_progress) {
                state = "is still shown as in progress";
            } else {
                ctx.evidence_by(c.status.loc, [&] {
                    return commitment_words(c) + " was due for review on " +
                           c.review.value.to_string() + " and is now marked " +
                           status_words(c.status.value);
                });
                continue;
            }
        }
        ctx.report(c.review.loc, commitment_words(c) + " was due to be reviewed on " +
                                     c.review.value.to_string() + " but " + state);
    }
}

constexpr std::string_view indicators[] = {"IMP-5"};

constexpr RuleInfo info{
    .code = "E381",
    .name = "commitment-past-review",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "A commitment's review date has passed and it is still planned, in progress or "
               "without a status.",
    .rationale = "Commitments are promises made by people with power to children and young "
                 "people. Meeting again to review them is how young people hold duty-bearers to "
                 "account; a review date that passes with the commitment still open suggests the "
                 "review did not happen or was not recorded.",
    .help = "Hold the review with young people and record the outcome in `status:`, or set a new "
            "`review:` date.",
};

} // namespace

extern const RuleDefinition commitment_past_review{info, check};

} // namespace engage::rules
