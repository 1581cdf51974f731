// E352 engagement-without-method: an engagement does not say which method was used.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.engagements.empty()))
        return;
    for (const Engagement& engagement : ctx.plan.engagements) {
        if (engagement.method.present())
            continue;
        ctx.report(engagement.loc, "the engagement `" + engagement.id.value +
                                       "` does not say which method was used (survey, "
                                       "workshop, event and so on)");
    }
}

constexpr std::string_view indicators[] = {"MET-1"};

constexpr RuleInfo info{
    .code = "E352",
    .name = "engagement-without-method",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "methods",
    .indicators = indicators,
    .summary = "An engagement does not say which method was used.",
    .rationale = "Knowing how young people were engaged (a survey, a workshop, a take-over) is "
                 "how a plan shows its methods suit the people involved and vary enough for many "
                 "voices to be heard. An engagement with no method cannot be weighed either way.",
    .help = "Add a `method:` to the engagement (survey, event, workshop, meeting, focus-group, "
            "consultation, social-media, interview-panel, audit, take-over or other).",
};

} // namespace

extern const RuleDefinition engagement_without_method{info, check};

} // namespace engage::rules
