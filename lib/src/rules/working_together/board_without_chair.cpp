// E345 board-without-chair: a board does not say who chairs it.
#include "../rule.hpp"

#include <string_view>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(ctx.plan.has_body(BodyKind::board)))
        return;
    for (const Body& body : ctx.plan.bodies) {
        if (!body.is(BodyKind::board))
            continue;
        if (!body.chair.present()) {
            ctx.report(body.loc, "the board `" + body.id.value + "` does not say who chairs it");
        } else if (is_blank(body.chair.value)) {
            ctx.report(body.chair.loc,
                       "the chair of the board `" + body.id.value + "` is left blank");
        }
    }
}

constexpr std::string_view indicators[] = {"WT-2"};

constexpr RuleInfo info{
    .code = "E345",
    .name = "board-without-chair",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "A board does not say who chairs it.",
    .rationale = "The chair is who young people's views are put to and who answers for what the "
                 "board does with them. When a board names no chair, it is unclear who is "
                 "accountable for its decisions and who young people can hold to the promises "
                 "made.",
    .help = "Add a `chair:` to the board naming the post that chairs it.",
};

} // namespace

extern const RuleDefinition board_without_chair{info, check};

} // namespace engage::rules
