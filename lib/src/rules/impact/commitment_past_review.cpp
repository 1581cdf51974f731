// E381 commitment-past-review: a commitment's review date has passed and it is still planned, in
// progress or without a status.
#include "../rule.hpp"

#include <algorithm>
#include <string>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.as_of().has_value() &&
                          std::any_of(ctx.plan.commitments.begin(), ctx.plan.commitments.end(),
                                      [](const auto& x) { return x.review.present(); })))
        return;
    const auto& as_of = ctx.as_of();
    if (!as_of)
        return;
    for (const Commitment& c : ctx.plan.commitments) {
        if (!c.review.present() || !(c.review.value < *as_of))
            continue;
        std::string state = "has no status to show the review took place";
        if (c.status.present()) {
            if (c.status.value == Status::planned)
                state = "is still shown as planned";
            else if (c.status.value == Status::in_progress)
                state = "is still shown as in progress";
            else
                continue;
        }
        ctx.report(c.review.loc, "the commitment `" + c.id.value + "` by " + c.by.value +
                                     " was due to be reviewed on " + c.review.value.to_string() +
                                     " but " + state);
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
