// E364 feedback-overdue: an engagement whose feedback to participants is past due and not recorded.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <algorithm>
#include <string>

namespace engage::detail {

void check_feedback_overdue(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.as_of().has_value() &&
                          std::any_of(ctx.plan.engagements.begin(), ctx.plan.engagements.end(),
                                      [](const auto& x) { return x.date.present(); })))
        return;
    const auto& as_of = ctx.as_of();
    if (!as_of)
        return;
    const long allowed = ctx.settings.thresholds.feedback_days;
    for (const Engagement& e : ctx.plan.engagements) {
        if (!e.date.present() || e.fed_back_on.present())
            continue;
        const long waited = as_of->days_since_epoch() - e.date.value.days_since_epoch();
        if (waited <= allowed)
            continue;
        ctx.report(e.loc, "those who took part in the engagement `" + e.id.value + "` on " +
                              e.date.value.to_string() + " have waited " + std::to_string(waited) +
                              " days to hear what changed, more than the " +
                              std::to_string(allowed) + " days allowed");
    }
}

} // namespace engage::detail
