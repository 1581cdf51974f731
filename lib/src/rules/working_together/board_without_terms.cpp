// E347 board-without-terms: a board has no terms of reference.
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
        if (!body.terms_of_reference.present()) {
            ctx.report(body.loc, "the board `" + body.id.value + "` has no terms of reference");
        } else if (is_blank(body.terms_of_reference.value)) {
            ctx.report(body.terms_of_reference.loc, "the terms of reference of the board `" +
                                                        body.id.value + "` are left blank");
        }
    }
}

constexpr std::string_view indicators[] = {"WT-2"};

constexpr RuleInfo info{
    .code = "E347",
    .name = "board-without-terms",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "A board has no terms of reference.",
    .rationale = "Terms of reference set out what a board is for, who sits on it, how it decides "
                 "and how young people's views reach it. Without them, members (young people "
                 "included) do not know what the board can decide or how to hold it to account.",
    .help = "Agree terms of reference for the board, with young people, and say in "
            "`terms_of_reference:` where they are or what they say.",
};

} // namespace

extern const RuleDefinition board_without_terms{info, check};

} // namespace engage::rules
