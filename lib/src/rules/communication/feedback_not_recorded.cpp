// SPDX-License-Identifier: MIT
// E362 feedback-not-recorded: an engagement records views or changes but not when participants were
// told the result.
#include "../catalogue.hpp"
#include "../impact/item_words.hpp"
#include "../shared_options.hpp"

namespace engage::rules {

namespace {
constexpr const RuleOption* options[] = {&feedback_days};
} // namespace

namespace {

void check(CheckContext& ctx) {
    const auto& as_of = ctx.as_of();
    const long allowed = ctx.whole_option(feedback_days);
    for (const Engagement& e : ctx.plan.engagements) {
        if (is_past(e.fed_back_on, as_of)) {
            ctx.evidence_by(e.fed_back_on.loc, [&] {
                return "those who took part in " + quoted_title(e.title, e.id) +
                       " were told what changed on " + e.fed_back_on.value.to_string();
            });
            continue;
        }
        // A feedback date still to come, or one the loader reported as bad, is written.
        if (e.fed_back_on.written())
            continue;
        if (!says_something(e.we_did) && !says_something(e.you_said))
            continue;
        // feedback-overdue already says this, more urgently (when it runs).
        if (ctx.settings.rules.enabled(feedback_overdue.info.name) && as_of && e.date.present() &&
            e.date.value.days_since_epoch() + allowed < as_of->days_since_epoch())
            continue;
        ctx.report(e.loc, "the engagement " + quoted_title(e.title, e.id) +
                              " does not record when those who took part were told what changed");
    }
}

constexpr std::string_view indicators[] = {"COM-6"};

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
    .many = "{count} engagements do not record when those who took part were told what changed",
};

} // namespace

extern const RuleDefinition feedback_not_recorded{info, check};

} // namespace engage::rules
