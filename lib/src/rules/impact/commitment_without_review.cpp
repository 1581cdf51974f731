// SPDX-License-Identifier: MIT
// E384 commitment-without-review: a duty-bearer's commitment says no date for its review.
#include "../rule.hpp"
#include "item_words.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Commitment& c : ctx.plan.commitments) {
        if (c.review.present()) {
            ctx.evidence_by(c.review.loc, [&] {
                return commitment_words(c) + " is to be reviewed on " + c.review.value.to_string();
            });
            continue;
        }
        // A bad date is the loader's finding, not also this one.
        if (c.review.written())
            continue;
        ctx.report(c.loc, commitment_words(c) +
                              " says no date on which it will be reviewed with the young people "
                              "it was made to");
    }
}

constexpr std::string_view indicators[] = {"IMP-5"};

constexpr RuleInfo info{
    .code = "E384",
    .name = "commitment-without-review",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "A duty-bearer's commitment says no date for its review.",
    .rationale = "A commitment made to children and young people is a promise. Edinburgh's model "
                 "brings duty-bearers and young people back together after about a year to "
                 "revisit what was promised; without a review date nobody is due to ask whether "
                 "the promise was kept, and young people are not told.",
    .help = "Give the commitment a `review:` date, when it will be looked at again with the "
            "young people it was made to.",
};

} // namespace

extern const RuleDefinition commitment_without_review{info, check};

} // namespace engage::rules
