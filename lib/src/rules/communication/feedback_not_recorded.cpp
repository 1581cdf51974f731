// E362 feedback-not-recorded: an engagement with views or changes but no date they were fed back.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <algorithm>

namespace engage::detail {

void check_feedback_not_recorded(CheckContext& ctx) {
    if (!ctx.applies_when(std::any_of(
            ctx.plan.engagements.begin(), ctx.plan.engagements.end(),
            [](const auto& x) { return !x.we_did.value.empty() || !x.you_said.value.empty(); })))
        return;
    const auto& as_of = ctx.as_of();
    const long allowed = ctx.settings.thresholds.feedback_days;
    for (const Engagement& e : ctx.plan.engagements) {
        if (e.fed_back_on.present())
            continue;
        if (e.we_did.value.empty() && e.you_said.value.empty())
            continue;
        // feedback-overdue already says this, more urgently (when it runs).
        if (ctx.settings.rules.enabled("feedback-overdue") && as_of && e.date.present() &&
            e.date.value.days_since_epoch() + allowed < as_of->days_since_epoch())
            continue;
        ctx.report(e.loc, "the engagement `" + e.id.value +
                              "` does not record when those who took part were told what changed");
    }
}

} // namespace engage::detail
