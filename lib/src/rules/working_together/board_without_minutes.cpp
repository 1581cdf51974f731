// E346 board-without-minutes: a board does not keep minutes, or the plan does not say that it does.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.plan.has_body(BodyKind::board)))
        return;
    for (const Body& body : ctx.plan.bodies) {
        if (!body.is(BodyKind::board))
            continue;
        if (!body.minutes.present()) {
            ctx.report(body.loc,
                       "the board `" + body.id.value + "` does not say whether it keeps minutes");
        } else if (!body.minutes.value) {
            ctx.report(body.minutes.loc,
                       "the board `" + body.id.value + "` keeps no minutes of its meetings");
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
