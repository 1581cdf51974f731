// E383 review-without-learning: the plan's review date has passed and no learning from the review
// is recorded.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.as_of().has_value() && ctx.plan.info.review.date.present()))
        return;
    const auto& as_of = ctx.as_of();
    const Review& review = ctx.plan.info.review;
    if (!as_of || !review.date.present() || !(review.date.value < *as_of))
        return;
    if (!review.learning.value.empty())
        return;
    ctx.report(review.date.loc, "the plan was due to be reviewed on " +
                                    review.date.value.to_string() +
                                    " but records nothing learned from the review");
}

constexpr std::string_view indicators[] = {"IMP-7"};

constexpr RuleInfo info{
    .code = "E383",
    .name = "review-without-learning",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "The plan's review date has passed and no learning from the review is recorded.",
    .rationale = "A review only improves future engagement if what it learned is written down and "
                 "acted on. Recording the learning shows young people and partners that the plan "
                 "listens to its own evidence as well as to them.",
    .help = "Add `learning:` under `review:` with what the review found and what will change as a "
            "result.",
};

} // namespace

extern const RuleDefinition review_without_learning{info, check};

} // namespace engage::rules
