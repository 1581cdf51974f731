// SPDX-License-Identifier: MIT
// E351 no-engagements: the plan records no engagements with children and young people.
#include "../flow/flow_text.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Engagement& engagement : ctx.plan.engagements) {
        // An engagement dated after the as-of date is a plan, not a sign that anyone took part.
        if (engagement.date.present() && ctx.as_of() && *ctx.as_of() < engagement.date.value)
            continue;
        ctx.evidence_by(engagement.loc, [&] {
            return "children and young people took part in " +
                   titled(engagement.title, engagement.id);
        });
    }
    if (!ctx.plan.engagements.empty())
        return;
    ctx.report(ctx.plan_loc(),
               "the plan records no engagements, so there is no evidence of how children and "
               "young people have taken part");
}

constexpr std::string_view indicators[] = {"MET-1"};

constexpr RuleInfo info{
    .code = "E351",
    .name = "no-engagements",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "methods",
    .indicators = indicators,
    .summary = "The plan records no engagements with children and young people.",
    .rationale = "Engagements are the evidence that children and young people actually took part: "
                 "what was done, with whom, what they said and what changed. A plan that records "
                 "none cannot show that any voice was heard, however good its intentions.",
    .help = "Add an `engagements:` section recording each time children and young people were "
            "involved.",
};

} // namespace

extern const RuleDefinition no_engagements{info, check};

} // namespace engage::rules
