// SPDX-License-Identifier: MIT
// E356 methods-not-reviewed: no engagement records what was learned about how its method worked.
#include "../flow/flow_text.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    bool any_learning = false;
    for (const Engagement& engagement : ctx.plan.engagements) {
        // A `learning` the loader could not read is its finding: not also "none recorded".
        any_learning =
            any_learning || (engagement.learning.written() && engagement.learning.invalid);
        for (const Text& item : engagement.learning.value) {
            if (!says_something(item))
                continue;
            any_learning = true;
            ctx.evidence_by(item.loc, [&] {
                return titled(engagement.title, engagement.id) +
                       " records what was learned: " + one_line(item.value);
            });
            break; // one item of evidence per engagement
        }
    }
    if (ctx.plan.engagements.empty() || any_learning)
        return; // no-engagements says so when there are none
    ctx.report(ctx.plan_loc(), "no engagement records what was learned about how its method "
                               "worked, so the plan does not show its methods being reviewed "
                               "and improved");
}

constexpr std::string_view indicators[] = {"MET-5", "IMP-7"};

constexpr RuleInfo info{
    .code = "E356",
    .name = "methods-not-reviewed",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "methods",
    .indicators = indicators,
    .summary = "No engagement records what was learned about how its method worked.",
    .rationale = "Methods should be reviewed and adapted on what participants say about them. If "
                 "no engagement records what was learned, the same methods are repeated whether "
                 "or not they worked for the young people taking part.",
    .help = "After each engagement, ask participants how it went and record what was learned in "
            "`learning:`.",
};

} // namespace

extern const RuleDefinition methods_not_reviewed{info, check};

} // namespace engage::rules
