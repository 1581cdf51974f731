// F206 adult-majority: adults outnumber young people among a body's members.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <fmt/format.h>

namespace engage::detail {

void check_adult_majority(CheckContext& ctx) {
    const double ratio = ctx.settings.thresholds.max_adults_per_young_person;
    bool any_counted = false;
    for (const Body& body : ctx.plan.bodies) {
        const Headcount& m = body.members;
        if (!m.young_people.present() || !m.adults.present())
            continue;
        any_counted = true;
        if (static_cast<double>(m.adults.value) <= ratio * m.young_people.value)
            continue;
        const std::string counts = fmt::format("{} adult{} and {} young {}", m.adults.value,
                                               m.adults.value == 1 ? "" : "s", m.young_people.value,
                                               m.young_people.value == 1 ? "person" : "people");
        ctx.report(
            m.loc,
            ratio == 1.0
                ? fmt::format("adults outnumber young people in `{}` ({})", body.id.value, counts)
                : fmt::format("`{}` has more than {:g} adults for each young person ({})",
                              body.id.value, ratio, counts));
    }
    ctx.applies_when(any_counted);
}

} // namespace engage::detail
