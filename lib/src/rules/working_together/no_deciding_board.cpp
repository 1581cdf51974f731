// SPDX-License-Identifier: MIT
// E344 no-deciding-board: no body in the plan is marked as holding the power to decide.
#include "../flow/flow_text.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    bool any_decides = false;
    bool decides_unreadable = false;
    for (const Body& body : ctx.plan.bodies) {
        // A `decides` the loader could not read is its finding, not this rule's.
        decides_unreadable = decides_unreadable || (body.decides.written() && body.decides.invalid);
        if (!body.takes_decisions())
            continue;
        any_decides = true;
        ctx.evidence_by(body.decides.loc, [&] { return the_body(body) + " takes decisions"; });
    }
    if (any_decides || decides_unreadable)
        return;
    ctx.report(ctx.plan_loc(), "no board or forum in the plan is marked as taking decisions, so "
                               "it is not clear who acts on what young people say");
}

constexpr std::string_view indicators[] = {"WT-2"};

constexpr RuleInfo info{
    .code = "E344",
    .name = "no-deciding-board",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "No body in the plan is marked as holding the power to decide.",
    .rationale = "Young people's views only change things when they reach somebody who can act on "
                 "them. A plan with forums but no body that takes decisions gives their voice no "
                 "audience, and nobody can check who agreed, refused or delayed what they asked "
                 "for.",
    .help = "Mark the board that takes decisions on what young people say with `decides: true`, "
            "or add it to `bodies:` if it is missing.",
};

} // namespace

extern const RuleDefinition no_deciding_board{info, check};

} // namespace engage::rules
