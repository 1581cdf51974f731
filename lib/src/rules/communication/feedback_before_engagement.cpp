// SPDX-License-Identifier: MIT
// E365 feedback-before-engagement: an engagement's feedback date is before the date the engagement
// took place.
#include "../impact/item_words.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Engagement& e : ctx.plan.engagements) {
        if (!e.date.present() || !e.fed_back_on.present())
            continue;
        if (!(e.fed_back_on.value < e.date.value)) {
            if (is_past(e.fed_back_on, ctx.as_of()))
                ctx.evidence_by(e.fed_back_on.loc, [&] {
                    return quoted_title(e.title, e.id) + " took place on " +
                           e.date.value.to_string() + " and was followed by feedback on " +
                           e.fed_back_on.value.to_string();
                });
            continue;
        }
        ctx.report(e.fed_back_on.loc,
                   "the engagement " + quoted_title(e.title, e.id) +
                       " says feedback was given on " + e.fed_back_on.value.to_string() +
                       ", before the engagement itself on " + e.date.value.to_string());
    }
}

constexpr std::string_view indicators[] = {"COM-6"};

constexpr RuleInfo info{
    .code = "E365",
    .name = "feedback-before-engagement",
    .family = RuleFamily::evidence,
    .severity = Severity::error,
    .standard = "communication",
    .indicators = indicators,
    .summary = "An engagement's feedback date is before the date the engagement took place.",
    .rationale = "Participants cannot be told what changed before they have been asked. A "
                 "feedback date before the engagement is a mistake in the plan's own record, and "
                 "it makes every claim that young people were fed back to harder to trust.",
    .help = "Correct `date:` or `fed_back_on:` so that feedback comes after the engagement.",
};

} // namespace

extern const RuleDefinition feedback_before_engagement{info, check};

} // namespace engage::rules
