// SPDX-License-Identifier: MIT
// E352 engagement-without-method: an engagement does not say which method was used.
#include "../flow/flow_text.hpp"
#include "../rule.hpp"
#include "method_words.hpp"

#include <string>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Engagement& engagement : ctx.plan.engagements) {
        if (engagement.method.present() && engagement.approach.present()) {
            ctx.evidence_by(engagement.loc, [&] {
                return titled(engagement.title, engagement.id) + " was " +
                       std::string(method_words(engagement.method.value)) + ", " +
                       std::string(approach_words(engagement.approach.value));
            });
        }
        if (engagement.method.written())
            continue;
        ctx.report(engagement.loc, "the engagement " + titled(engagement.title, engagement.id) +
                                       " does not say which method was used (survey, "
                                       "workshop, event and so on)");
    }
}

constexpr std::string_view indicators[] = {"MET-1"};

constexpr RuleInfo info{
    .code = "E352",
    .name = "engagement-without-method",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "methods",
    .indicators = indicators,
    .summary = "An engagement does not say which method was used.",
    .rationale = "Knowing how young people were engaged (a survey, a workshop, a take-over) is "
                 "how a plan shows its methods suit the people involved and vary enough for many "
                 "voices to be heard. An engagement with no method cannot be weighed either way.",
    .help = "Add a `method:` to the engagement (survey, event, workshop, meeting, focus-group, "
            "consultation, social-media, interview-panel, audit, take-over, arts, "
            "participatory-budgeting, mystery-shopping, peer-research, social-action or other).",
    .many = "{count} engagements do not say which method was used",
};

} // namespace

extern const RuleDefinition engagement_without_method{info, check};

} // namespace engage::rules
