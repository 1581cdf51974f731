// SPDX-License-Identifier: MIT
// E323 no-evidence-base: the plan names no evidence of need that it rests on.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const TextList& needs = ctx.plan.info.needs;
    bool any = false;
    for (const Need& need : ctx.plan.info.needs_details) {
        if (!says_something(need.source))
            continue;
        any = true;
        // A source dated after the as-of date is not yet there to build on.
        if (need.date.present() && !dated_by(need.date, ctx.as_of()))
            continue;
        ctx.evidence_by(need.loc, [&] {
            std::string words = "the plan builds on " + trimmed_text(need.source.value);
            if (need.date.present())
                words += " (" + need.date.value.to_string() + ")";
            return words;
        });
    }
    if (any)
        return;
    ctx.report(needs.written() ? needs.loc : ctx.plan_loc(),
               "the plan does not name the evidence of need it builds on, such as surveys, "
               "earlier consultations or inspections");
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
