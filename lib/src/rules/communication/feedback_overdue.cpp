// SPDX-License-Identifier: MIT
// E364 feedback-overdue: an engagement took place longer ago than the feedback time allows and no
// feedback is recorded.
#include "../impact/item_words.hpp"
#include "../rule.hpp"
#include "../shared_options.hpp"

#include <string>

namespace engage::rules {

namespace {
constexpr const RuleOption* options[] = {&feedback_days};
} // namespace

namespace {

void check(CheckContext& ctx) {
    const auto& as_of = ctx.as_of();
    if (!as_of)
        return;
    const long allowed = ctx.whole_option(feedback_days);
    for (const Engagement& e : ctx.plan.engagements) {
        if (!is_past(e.date, as_of))
            continue;
        if (is_past(e.fed_back_on, as_of)) {
            ctx.evidence_by(e.fed_back_on.loc, [&] {
                return "those who took part in " + quoted_title(e.title, e.id) + " on " +
                       e.date.value.to_string() + " have been told what changed";
            });
            continue;
        }
        // A feedback date still to come is not overdue yet; a bad one is the loader's finding.
        if (e.fed_back_on.written())
            continue;
        const long waited = as_of->days_since_epoch() - e.date.value.days_since_epoch();
        if (waited <= allowed)
            continue;
        ctx.report(e.loc, "those who took part in " + quoted_title(e.title, e.id) + " on " +
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
