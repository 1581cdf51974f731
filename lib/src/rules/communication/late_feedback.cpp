// SPDX-License-Identifier: MIT
// E363 late-feedback: participants were told what changed later than the agreed number of days
// after the engagement.
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
    const long allowed = ctx.whole_option(feedback_days);
    for (const Engagement& e : ctx.plan.engagements) {
        if (!e.date.present() || !e.fed_back_on.present())
            continue;
        const long days = e.fed_back_on.value.days_since_epoch() - e.date.value.days_since_epoch();
        if (days < 0) // feedback-before-engagement's case
            continue;
        if (days <= allowed) {
            if (is_past(e.fed_back_on, ctx.as_of()))
                ctx.evidence_by(e.fed_back_on.loc, [&] {
                    return "those who took part in " + quoted_title(e.title, e.id) + " on " +
                           e.date.value.to_string() + " were told what changed " +
                           (days == 0
                                ? std::string("the same day")
                                : std::to_string(days) + (days == 1 ? " day" : " days") + " later");
                });
            continue;
        }
        ctx.report(e.fed_back_on.loc, "those who took part in " + quoted_title(e.title, e.id) +
                                          " were told what changed " + std::to_string(days) +
                                          " days later, more than the " + std::to_string(allowed) +
                                          " days allowed");
    }
}

constexpr std::string_view indicators[] = {"COM-6"};

constexpr RuleInfo info{
    .code = "E363",
    .name = "late-feedback",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "communication",
    .indicators = indicators,
    .options = options,
    .summary = "Participants were told what changed later than the agreed number of days after "
               "the engagement.",
    .rationale = "Feedback that arrives months later reaches young people who may have moved on, "
                 "changed school or left care, and it tells them their views were not a priority. "
                 "Timely feedback, within an agreed time, is what the standards and young people "
                 "themselves ask for.",
    .help = "Plan feedback into the engagement from the start so that participants hear back "
            "within the agreed time (90 days unless configured).",
};

} // namespace

extern const RuleDefinition late_feedback{info, check};

} // namespace engage::rules
