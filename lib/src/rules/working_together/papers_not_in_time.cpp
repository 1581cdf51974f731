// SPDX-License-Identifier: MIT
// E349 papers-not-in-time: a board that takes decisions sends its meeting papers out fewer days
// before a meeting than young people need to read them (five by default).
#include "../flow/flow_text.hpp"
#include "../rule.hpp"

#include <fmt/format.h>

#include <string>

namespace engage::rules {

namespace {
const RuleOption min_papers_days{
    .name = "min-papers-days",
    .whole_number = true,
    .default_value = 5,
    .min = 0,
    .max = 60,
    .summary = "fewest days before a meeting a deciding board should send out its papers",
};
constexpr const RuleOption* options[] = {&min_papers_days};
} // namespace

namespace {

std::string days(long count) {
    return count == 1 ? "1 day" : fmt::format("{} days", count);
}

void check(CheckContext& ctx) {
    const long minimum = ctx.whole_option(min_papers_days);
    for (const Body& body : ctx.plan.bodies) {
        if (!body.is(BodyKind::board) || !body.takes_decisions())
            continue;
        const Located<int>& before = body.papers.days_before;
        if (!before.present())
            continue; // a board that says nothing of its papers earns nothing
        if (before.value >= minimum) {
            ctx.evidence_by(before.loc, [&] {
                return the_body(body) + " sends out its papers " + days(before.value) +
                       " before each meeting";
            });
            continue;
        }
        ctx.report(before.loc,
                   fmt::format("{} sends out its papers only {} before a meeting, fewer than the "
                               "{} young people need to read them and ask for help",
                               the_body(body), days(before.value), days(minimum)));
    }
}

constexpr std::string_view indicators[] = {"WT-4"};

constexpr RuleInfo info{
    .code = "E349",
    .name = "papers-not-in-time",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "working-together",
    .indicators = indicators,
    .options = options,
    .summary = "A board that takes decisions sends its papers out fewer days before a meeting "
               "than young people need (five by default).",
    .rationale = "Young people on a board can only take part on equal terms if they have read "
                 "the papers, had them explained and thought about what to say. Papers handed "
                 "out the day before, or at the door, leave them listening while adults decide. "
                 "The notice wanted is set by `min-papers-days`.",
    .help = "Send the board's papers out earlier, and record it in "
            "`papers: {days_before: N}`; offer them in formats young people can read "
            "(`formats: [easy-read, young-people]`).",
};

} // namespace

extern const RuleDefinition papers_not_in_time{info, check};

} // namespace engage::rules
