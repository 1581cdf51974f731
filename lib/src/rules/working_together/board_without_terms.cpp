// SPDX-License-Identifier: MIT
// E347 board-without-terms: a board has no terms of reference.
#include "../flow/flow_text.hpp"
#include "../rule.hpp"

#include <string_view>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Body& body : ctx.plan.bodies) {
        if (!body.is(BodyKind::board))
            continue;
        const Text& terms = body.terms_of_reference;
        if (says_something(terms)) {
            ctx.evidence_by(terms.loc, [&] { return the_body(body) + " has terms of reference"; });
        } else if (!terms.written()) {
            ctx.report(body.loc, the_body(body) + " has no terms of reference");
        } else if (terms.invalid) {
            continue; // the loader's finding
        } else if (is_blank(terms.value)) {
            ctx.report(terms.loc,
                       "the terms of reference of " + the_body(body) + " are left blank");
        } else {
            ctx.report(terms.loc, "the terms of reference of " + the_body(body) +
                                      " are given only as \"" + one_line(terms.value) +
                                      "\", which says nothing of them");
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
