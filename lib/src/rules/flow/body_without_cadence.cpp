// SPDX-License-Identifier: MIT
// F209 body-without-cadence: a forum, or a board that takes decisions, does not say how often it
// meets.
#include "../rule.hpp"
#include "flow_text.hpp"

namespace engage::rules {

namespace {

/// Forums carry young people's views and deciding boards act on them: both need a rhythm.
bool should_say_how_often(const Body& body) {
    return body.is(BodyKind::forum) || (body.is(BodyKind::board) && body.takes_decisions());
}

void check(CheckContext& ctx) {
    for (const Body& body : ctx.plan.bodies) {
        if (!should_say_how_often(body))
            continue;
        if (body.meets.present()) {
            ctx.evidence_by(body.meets.loc,
                            [&] { return the_body(body) + " says how often it meets"; });
        } else if (!body.meets.written()) {
            ctx.report(body.loc, the_body(body) + " does not say how often it meets");
        }
    }
}

constexpr std::string_view indicators[] = {"WT-2"};

constexpr RuleInfo info{
    .code = "F209",
    .name = "body-without-cadence",
    .family = RuleFamily::flow,
    .severity = Severity::info,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "A forum, or a board that takes decisions, does not say how often it meets.",
    .rationale = "Young people need to know when their forum next meets and when the board "
                 "that acts on their views will next hear them. A body that gives no rhythm of "
                 "meetings cannot be held to one, and whether it meets often enough to keep views "
                 "moving cannot be checked.",
    .help = "Add `meets:` to the body: weekly, fortnightly, monthly, twice-termly, termly, "
            "quarterly, annually, ad-hoc, or `{per_year: N}`.",
    .many = "{count} forums and boards do not say how often they meet",
};

} // namespace

extern const RuleDefinition body_without_cadence{info, check};

} // namespace engage::rules
