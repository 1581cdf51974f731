// E323 no-evidence-base: the plan names no evidence of need that it rests on.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const TextList& needs = ctx.plan.info.needs;
    if (!needs.value.empty())
        return;
    ctx.report(needs.present() ? needs.loc : ctx.plan_loc(),
               "the plan names no evidence it rests on (`needs:`), such as surveys, "
               "consultations or inspections");
}

constexpr std::string_view indicators[] = {"PLA-3"};

constexpr RuleInfo info{
    .code = "E323",
    .name = "no-evidence-base",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "planning",
    .indicators = indicators,
    .summary = "The plan names no evidence of need that it rests on.",
    .rationale = "The Planning standard asks that the plan builds on a shared understanding of "
                 "needs and on the evidence already available. Surveys, earlier consultations and "
                 "inspections often hold what children and young people have already said; a plan "
                 "that cites none risks asking them the same questions again, or missing what "
                 "they told services before.",
    .help = "List under the plan's `needs:` the surveys, consultations, inspections or data the "
            "plan builds on.",
};

} // namespace

extern const RuleDefinition no_evidence_base{info, check};

} // namespace engage::rules
