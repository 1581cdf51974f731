// SPDX-License-Identifier: MIT
// E346 board-without-minutes: a board does not keep minutes, or the plan does not say that it does.
#include "../flow/flow_text.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Body& body : ctx.plan.bodies) {
        if (!body.is(BodyKind::board))
            continue;
        if (body.minutes.present() && body.minutes.value) {
            ctx.evidence_by(body.minutes.loc,
                            [&] { return the_body(body) + " keeps minutes of its meetings"; });
        } else if (!body.minutes.written()) {
            ctx.report(body.loc, the_body(body) + " does not say whether it keeps minutes");
        } else if (body.minutes.present()) {
            ctx.report(body.minutes.loc, the_body(body) + " keeps no minutes of its meetings");
        }
    }
}

constexpr std::string_view indicators[] = {"WT-2"};

constexpr RuleInfo info{
    .code = "E346",
    .name = "board-without-minutes",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "A board does not keep minutes, or the plan does not say that it does.",
    .rationale = "Minutes are how young people and everyone else can see what a board heard, what "
                 "it decided and why. Without them, decisions taken on young people's views "
                 "cannot be checked, fed back or followed up at the next meeting.",
    .help = "Keep minutes of the board's meetings, share them with the young people who took "
            "part, and record `minutes: true`.",
};

} // namespace

extern const RuleDefinition board_without_minutes{info, check};

} // namespace engage::rules
