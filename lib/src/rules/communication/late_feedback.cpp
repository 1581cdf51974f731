// E363 late-feedback: participants were told what changed later than the agreed number of days.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <algorithm>
#include <string>

namespace engage::detail {

void check_late_feedback(CheckContext& ctx) {
    if (!ctx.applies_when(
            std::any_of(ctx.plan.engagements.begin(), ctx.plan.engagements.end(),
                        [](const auto& x) { return x.date.present() && x.fed_back_on.present(); })))
        return;
    const long allowed = ctx.settings.thresholds.feedback_days;
    for (const Engagement& e : ctx.plan.engagements) {
        if (!e.date.present() || !e.fed_back_on.present())
            continue;
        const long days = e.fed_back_on.value.days_since_epoch() - e.date.value.days_since_epoch();
        if (days <= allowed)
            continue;
        ctx.report(e.fed_back_on.loc, "those who took part in the engagement `" + e.id.value +
                                          "` were told what changed " + std::to_string(days) +
                                          " days later, more than the " + std::to_string(allowed) +
                                          " days allowed");
    }
}

} // namespace engage::detail
