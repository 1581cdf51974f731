// E354 no-creative-methods: no engagement uses a creative method such as a workshop, event,
// take-over or social media.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.engagements.empty()))
        return; // no-engagements says so
    for (const Engagement& engagement : ctx.plan.engagements) {
        if (!engagement.method.present())
            continue;
        switch (engagement.method.value) {
        case Method::workshop:
        case Method::event:
        case Method::take_over:
        case Method::social_media:
            return;
        default:
            break;
        }
    }
    ctx.report(ctx.plan_loc(), "no engagement uses a creative method (a workshop, event, "
                               "take-over or social media)");
}

constexpr std::string_view indicators[] = {"MET-4"};

constexpr RuleInfo info{
    .code = "E354",
    .name = "no-creative-methods",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "methods",
    .indicators = indicators,
    .summary = "No engagement uses a creative method such as a workshop, event, take-over or "
               "social media.",
    .rationale = "Creative methods let children and young people show what matters to them in "
                 "their own way, and reach many who would never fill in a form or sit through a "
                 "meeting. Plans that only survey and consult tend to hear from the same "
                 "confident few.",
    .help = "Plan at least one creative engagement (a workshop, event, take-over or social media) "
            "and record it with that `method:`.",
};

} // namespace

extern const RuleDefinition no_creative_methods{info, check};

} // namespace engage::rules
