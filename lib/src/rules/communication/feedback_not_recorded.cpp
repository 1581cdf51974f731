// E362 feedback-not-recorded: an engagement records views or changes but not when participants were
// told the result.
#include "../catalogue.hpp"
#include "../shared_options.hpp"

#include <algorithm>

namespace engage::rules {

namespace {
constexpr const RuleOption* options[] = {&feedback_days};
} // namespace

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(std::any_of(
            ctx.plan.engagements.begin(), ctx.plan.engagements.end(),
            [](const auto& x) { return !x.we_did.value.empty() || !x.you_said.value.empty(); })))
        return;
    const auto& as_of = ctx.as_of();
    const long allowed = ctx.whole_option(feedback_days);
    for (const Engagement& e : ctx.plan.engagements) {
        if (e.fed_back_on.present())
            continue;
        if (e.we_did.value.empty() && e.you_said.value.empty())
            continue;
        // feedback-overdue already says this, more urgently (when it runs).
        if (ctx.settings.rules.enabled(feedback_overdue.info.name) && as_of && e.date.present() &&
            e.date.value.days_since_epoch() + allowed < as_of->days_since_epoch())
            continue;
        ctx.report(e.loc, "the engagement `" + e.id.value +
                              "` does not record when those who took part were told what changed");
    }
}

constexpr std::string_view indicators[] = {"COM-6", "IMP-6"};

constexpr RuleInfo info{
    .code = "E362",
    .name = "feedback-not-recorded",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "communication",
    .indicators = indicators,
    .options = options,
    .summary = "An engagement records views or changes but not when participants were told the "
               "result.",
    .rationale = "Feedback closes the loop: young people need to hear what happened to their "
                 "views, or they conclude that nobody listened. A plan that records what was said "
                 "and done but not when it was fed back cannot show that the young people who "
                 "took part were ever told.",
    .help = "Add `fed_back_on:` with the date participants were told what changed, and tell them "
            "if you have not yet.",
};

} // namespace

extern const RuleDefinition feedback_not_recorded{info, check};

} // namespace engage::rules
