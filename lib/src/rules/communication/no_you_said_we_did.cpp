// SPDX-License-Identifier: MIT
// E361 no-you-said-we-did: an engagement records what young people said but not what was done
// about it.
#include "../impact/item_words.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

/// A view the plan says was not acted on, and why: an answer too.
bool declines_with_reason(const Engagement& e) {
    for (const Declined& d : e.declined.value)
        if (says_something(d.view) && says_something(d.reason))
            return true;
    return false;
}

void check(CheckContext& ctx) {
    for (const Engagement& e : ctx.plan.engagements) {
        // An engagement that records neither is no finding: nothing was said to answer.
        if (!says_something(e.you_said))
            continue;
        if (says_something(e.we_did)) {
            ctx.evidence_by(e.loc, [&] {
                return "the engagement " + quoted_title(e.title, e.id) +
                       " records what those taking part said and what was done about it";
            });
            continue;
        }
        if (declines_with_reason(e)) {
            ctx.evidence_by(e.loc, [&] {
                return "the engagement " + quoted_title(e.title, e.id) +
                       " records what those taking part said and why it was not acted on";
            });
            continue;
        }
        ctx.report(e.loc, "the engagement " + quoted_title(e.title, e.id) +
                              " records what those taking part said but not what was done about "
                              "it");
    }
}

constexpr std::string_view indicators[] = {"COM-6", "IMP-2"};

constexpr RuleInfo info{
    .code = "E361",
    .name = "no-you-said-we-did",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "communication",
    .indicators = indicators,
    .summary = "An engagement records what young people said but not what was done about it.",
    .rationale = "Children and young people give their time and views because they expect "
                 "something to happen. Writing down \"you said\" beside \"we did\" shows that "
                 "their views were heard and acted on; an engagement that records views with no "
                 "response gives no evidence that taking part made any difference, and young "
                 "people soon stop coming.",
    .help = "Beside `you_said:`, add `we_did:` with what changed as a result, or `declined:` with "
            "each view that could not be acted on and the `reason` given.",
    .many = "{count} engagements record what young people said but not what was done about it",
};

} // namespace

extern const RuleDefinition no_you_said_we_did{info, check};

} // namespace engage::rules
