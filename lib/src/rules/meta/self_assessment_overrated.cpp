// M902 self-assessment-overrated: the plan scores itself 5 or 6 on a standard that the evidence in
// the plan leaves not met.
#include "../rule.hpp"

#include <fmt/format.h>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const StandardAssessment& standard : ctx.assessment().standards) {
        if (!standard.self_score || *standard.self_score < 5 ||
            standard.status != Attainment::not_met)
            continue;
        for (const SelfAssessment& self : ctx.plan.standards) {
            if (self.key.value != standard.key)
                continue;
            ctx.report(self.score.loc,
                       fmt::format("the plan scores itself {} out of 6 on {}, but the evidence in "
                                   "the plan leaves it not met",
                                   *standard.self_score, standard.name));
        }
    }
}

constexpr RuleInfo info{
    .code = "M902",
    .name = "self-assessment-overrated",
    .family = RuleFamily::meta,
    .severity = Severity::warning,
    .summary = "The plan scores itself 5 or 6 on a standard that the evidence in the plan leaves "
               "not met.",
    .rationale = "A self-assessment is useful when it is honest. A high score that the plan's own "
                 "contents do not support can reassure a board that young people are being heard "
                 "when the plan shows they are not.",
    .help = "Lower the score, or record the evidence that supports it (see `engage validate` for "
            "the gaps).",
};

} // namespace

extern const RuleDefinition self_assessment_overrated{info, check, CheckStage::assessment};

} // namespace engage::rules
