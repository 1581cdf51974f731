// E382 no-review-date: the plan does not say when it will be reviewed.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const Review& review = ctx.plan.info.review;
    if (review.date.present())
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
    .help = "Add `review:` with a `date:` (and `how:` the review will involve young people) to "
            "the plan section.",
};

} // namespace

extern const RuleDefinition no_review_date{info, check};

} // namespace engage::rules
