// SPDX-License-Identifier: MIT
// M902 self-assessment-overrated: the plan scores itself 5 or 6 on a standard that the evidence in
// the plan leaves not met.
#include "../rule.hpp"

#include <fmt/format.h>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const StandardAssessment& standard : ctx.assessment().standards) {
        if (!standard.self_score)
            continue;
        const ScoreBand band = score_band(standard.status);
        if (*standard.self_score <= band.high)
            continue;
        for (const SelfAssessment& self : ctx.plan.standards) {
            if (self.key.value != standard.key)
                continue;
            ctx.report(self.score.loc,
                       fmt::format("the plan scores itself {} out of 6 on {}, but the evidence in "
                                   "the plan supports {} to {} ({})",
                                   *standard.self_score, standard.name, band.low, band.high,
                                   describe(standard)));
        }
    }
}

constexpr RuleInfo info{
    .code = "M902",
    .name = "self-assessment-overrated",
    .family = RuleFamily::meta,
    .severity = Severity::warning,
    .summary = "The plan scores itself higher on a standard than the evidence in the plan "
               "supports.",
    .rationale = "A self-assessment is useful when it is honest. A high score that the plan's own "
                 "contents do not support can reassure a board that young people are being heard "
                 "when the plan shows they are not. The score is never counted: it is compared "
                 "with what the evidence supports on the same 1 to 6 scale, not met 1 to 2, "
                 "partly met 3 to 4, met 5 to 6, and a score above that band is reported.",
    .help = "Lower the score, or record in the plan the evidence that supports it (`engage assess` "
            "shows, standard by standard, what is there and what is missing).",
};

} // namespace

extern const RuleDefinition self_assessment_overrated{info, check, CheckStage::assessment};

} // namespace engage::rules
