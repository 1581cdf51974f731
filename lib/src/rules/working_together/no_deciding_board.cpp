// E344 no-deciding-board: no body in the plan is marked as holding the power to decide.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Body& body : ctx.plan.bodies) {
        if (body.takes_decisions())
            return;
    }
    ctx.report(ctx.plan_loc(), "no board or forum in the plan is marked as taking decisions "
                               "(`decides: true`), so it is not clear who acts on what young "
                               "people say");
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
