// SPDX-License-Identifier: MIT
// F210 board-without-member-counts: a board that takes decisions does not say how many young
// people and adults sit on it.
#include "../rule.hpp"
#include "flow_text.hpp"

#include <fmt/format.h>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Body& body : ctx.plan.bodies) {
        if (!body.is(BodyKind::board) || !body.takes_decisions())
            continue;
        const Headcount& m = body.members;
        if (m.young_people.present() && m.adults.present()) {
            ctx.evidence_by(m.loc, [&] {
                return fmt::format("{} counts its members: {} young {} and {} adult{}",
                                   the_body(body), m.young_people.value,
                                   m.young_people.value == 1 ? "person" : "people", m.adults.value,
                                   m.adults.value == 1 ? "" : "s");
            });
            continue;
        }
        // A count the loader could not read is its finding, not this rule's.
        if ((m.young_people.written() && m.young_people.invalid) ||
            (m.adults.written() && m.adults.invalid))
            continue;
        const std::string missing = m.young_people.present() ? "how many adults"
                                    : m.adults.present()     ? "how many young people"
                                                             : "how many young people and adults";
        ctx.report(m.loc.known() ? m.loc : body.loc,
                   the_body(body) + " takes decisions but does not say " + missing +
                       " sit on it, so whether adults outnumber young people cannot be checked");
    }
}

constexpr std::string_view indicators[] = {"WT-3"};

constexpr RuleInfo info{
    .code = "F210",
    .name = "board-without-member-counts",
    .family = RuleFamily::flow,
    .severity = Severity::info,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "A board that takes decisions does not say how many young people and adults sit "
               "on it.",
    .rationale = "Young people speak up more easily when they are not outnumbered by adults in "
                 "the room. Without counts of the young people and adults on a deciding board, "
                 "nobody can see whether the balance lets their voice carry, and adult-majority "
                 "has nothing to check.",
    .help = "Add `members: {young_people: N, adults: N}` to the board.",
};

} // namespace

extern const RuleDefinition board_without_member_counts{info, check};

} // namespace engage::rules
