// SPDX-License-Identifier: MIT
// M903 self-assessment-underrated: the plan scores itself lower on a standard than the evidence in
// the plan supports.
#include "../rule.hpp"

#include <fmt/format.h>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const StandardAssessment& standard : ctx.assessment().standards) {
        if (!standard.self_score)
            continue;
        const ScoreBand band = score_band(standard.status);
        if (*standard.self_score >= band.low)
            continue;
        for (const SelfAssessment& self : ctx.plan.standards) {
            if (self.key.value != standard.key)
                continue;
            ctx.report(self.score.loc,
                       fmt::format("the plan scores itself {} out of 6 on {}, lower than the {} "
                                   "to {} its evidence supports ({})",
                                   *standard.self_score, standard.name, band.low, band.high,
                                   describe(standard)));
        }
    }
}

constexpr RuleInfo info{
    .code = "M903",
    .name = "self-assessment-underrated",
    .family = RuleFamily::meta,
    .severity = Severity::info,
    .summary = "The plan scores itself lower on a standard than the evidence in the plan supports.",
    .rationale = "A modest score is no fault, but a plan that undersells what it records may "
                 "miss the chance to show a board, or young people, what is working. The score "
                 "is compared with what the evidence supports on the same 1 to 6 scale: not met "
                 "1 to 2, partly met 3 to 4, met 5 to 6.",
    .help = "Raise the score to match the evidence, or say in the standard's `evidence:` why the "
            "team rates itself lower.",
};

} // namespace

extern const RuleDefinition self_assessment_underrated{info, check, CheckStage::assessment};

} // namespace engage::rules
