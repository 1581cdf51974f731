// SPDX-License-Identifier: MIT
// E383 review-without-learning: the plan's review date has passed and no learning from the review
// is recorded.
#include "../rule.hpp"
#include "item_words.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const auto& as_of = ctx.as_of();
    const Review& review = ctx.plan.info.review;
    // The review took place (held_on), or its date has passed.
    const bool held = is_past(review.held_on, as_of);
    const bool due = as_of && review.date.present() && review.date.value < *as_of;
    if (!held && !due)
        return;
    if (says_something(review.learning)) {
        for (const Text& item : review.learning.value) {
            if (!says_something(item))
                continue;
            ctx.evidence_by(item.loc, [&] {
                return "the plan's review records what was learned: " + short_text(item.value);
            });
        }
        return;
    }
    if (held) {
        ctx.report(review.held_on.loc, "the plan was reviewed on " +
                                           review.held_on.value.to_string() +
                                           " but records nothing learned from the review");
        return;
    }
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
