// SPDX-License-Identifier: MIT
// E382 no-review-date: the plan does not say when it will be reviewed.
#include "../rule.hpp"
#include "item_words.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const Review& review = ctx.plan.info.review;
    if (review.date.present()) {
        ctx.evidence(review.date.loc,
                     "the plan is to be reviewed on " + review.date.value.to_string());
        return;
    }
    if (review.held_on.present()) {
        ctx.evidence(review.held_on.loc,
                     "the plan was reviewed on " + review.held_on.value.to_string());
        return;
    }
    // Words say when where no date is set yet (Edinburgh: "after a year or so").
    if (says_something(review.when)) {
        ctx.evidence(review.when.loc,
                     "the plan says when it will be reviewed: " + short_text(review.when.value));
        return;
    }
    // A date the loader reported as bad is its finding, not also this one.
    if (review.date.written() || review.held_on.written())
        return;
    ctx.report(review.loc.known() ? review.loc : ctx.plan_loc(),
               "the plan does not say when it will be reviewed with the young people involved");
}

constexpr std::string_view indicators[] = {"IMP-5", "IMP-7"};

constexpr RuleInfo info{
    .code = "E382",
    .name = "no-review-date",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "The plan does not say when it will be reviewed.",
    .rationale = "Reviewing the plan with children and young people is how it learns and "
                 "improves. Without a review date there is no moment at which partners must look "
                 "back at what was promised and what changed.",
    .help = "Add `review:` to the plan section with a `date:` (or, until one is set, `when:` in "
            "words) and `how:` the review will involve young people.",
};

} // namespace

extern const RuleDefinition no_review_date{info, check};

} // namespace engage::rules
