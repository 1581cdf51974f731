// SPDX-License-Identifier: MIT
// E345 board-without-chair: a board does not say who chairs it.
#include "../flow/flow_text.hpp"
#include "../rule.hpp"

#include <string>
#include <string_view>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Body& body : ctx.plan.bodies) {
        if (!body.is(BodyKind::board))
            continue;
        const Text& chair = body.chair;
        if (says_something(chair)) {
            ctx.evidence_by(chair.loc, [&] {
                return the_body(body) + " is chaired by " + one_line(chair.value);
            });
        } else if (!chair.written()) {
            ctx.report(body.loc, the_body(body) + " does not say who chairs it");
        } else if (chair.invalid) {
            continue; // the loader's finding
        } else if (is_blank(chair.value)) {
            ctx.report(chair.loc, "the chair of " + the_body(body) + " is left blank");
        } else {
            ctx.report(chair.loc, "the chair of " + the_body(body) + " is given only as \"" +
                                      one_line(chair.value) + "\", not a named post");
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
