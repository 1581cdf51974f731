// SPDX-License-Identifier: MIT
// F206 adult-majority: adults outnumber young people among a body's members.
#include "../rule.hpp"
#include "flow_text.hpp"

#include <fmt/format.h>

#include <string>

namespace engage::rules {

namespace {
const RuleOption max_adults_per_young_person{
    .name = "max-adults-per-young-person",
    .whole_number = false,
    .default_value = 1.0,
    .min = 0,
    .max = 1000,
    .summary = "most adults a body may have for each young person among its members",
};
constexpr const RuleOption* options[] = {&max_adults_per_young_person};
} // namespace

namespace {

std::string count_words(const Headcount& m) {
    return fmt::format("{} adult{} and {} young {}", m.adults.value, m.adults.value == 1 ? "" : "s",
                       m.young_people.value, m.young_people.value == 1 ? "person" : "people");
}

void check(CheckContext& ctx) {
    const double ratio = ctx.option(max_adults_per_young_person);
    for (const Body& body : ctx.plan.bodies) {
        const Headcount& m = body.members;
        if (!m.young_people.present() || !m.adults.present())
            continue;
        if (static_cast<double>(m.adults.value) <= ratio * m.young_people.value) {
            ctx.evidence_by(m.loc, [&] {
                return the_body(body) + " has " + count_words(m) + " among its members";
            });
            continue;
        }
        ctx.report(m.loc, ratio == 1.0
                              ? fmt::format("adults outnumber young people in {} ({})",
                                            the_body(body), count_words(m))
                              : fmt::format("{} has more than {:g} adults for each young person "
                                            "({})",
                                            the_body(body), ratio, count_words(m)));
    }
}

constexpr std::string_view indicators[] = {"WT-3"};

constexpr RuleInfo info{
    .code = "F206",
    .name = "adult-majority",
    .family = RuleFamily::flow,
    .severity = Severity::warning,
    .standard = "working-together",
    .indicators = indicators,
    .options = options,
    .summary = "Adults outnumber young people among a body's members.",
    .rationale = "When adults outnumber young people in the room, young people's voices are "
                 "easily crowded out; Dundee's plan commits to \"limit adults who attend\" its "
                 "Champions Board for this reason. The ratio allowed is set by "
                 "`max-adults-per-young-person`.",
    .help = "Invite fewer adults, or more young people; or record why the balance is right for "
            "this body.",
};

} // namespace

extern const RuleDefinition adult_majority{info, check};

} // namespace engage::rules
