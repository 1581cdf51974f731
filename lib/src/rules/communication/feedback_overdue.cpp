// E364 feedback-overdue: an engagement took place longer ago than the feedback time allows and no
// feedback is recorded.
#include "../rule.hpp"
#include "../shared_options.hpp"

#include <algorithm>
#include <string>

namespace engage::rules {

namespace {
constexpr const RuleOption* options[] = {&feedback_days};
} // namespace

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.as_of().has_value() &&
                          std::any_of(ctx.plan.engagements.begin(), ctx.plan.engagements.end(),
                                      [](const auto& x) { return x.date.present(); })))
        return;
    const auto& as_of = ctx.as_of();
    if (!as_of)
        return;
    const long allowed = ctx.whole_option(feedback_days);
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

constexpr std::string_view indicators[] = {"COM-6"};

constexpr RuleInfo info{
    .code = "E364",
    .name = "feedback-overdue",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "communication",
    .indicators = indicators,
    .options = options,
    .summary = "An engagement took place longer ago than the feedback time allows and no feedback "
               "is recorded.",
    .rationale = "Young people who took part are still waiting to hear what happened to their "
                 "views. The longer the wait, the more it looks as if their views went nowhere; "
                 "flagging overdue feedback lets the participation lead put it right while "
                 "participants can still be reached.",
    .help = "Tell the participants what changed as a result of their views, then record the date "
            "in `fed_back_on:`.",
};

} // namespace

extern const RuleDefinition feedback_overdue{info, check};

} // namespace engage::rules
