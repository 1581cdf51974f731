// F207 infrequent-meetings: a body that meets fewer times a year than the threshold.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <fmt/format.h>

namespace engage::detail {

void check_infrequent_meetings(CheckContext& ctx) {
    const int minimum = ctx.settings.thresholds.min_meetings_per_year;
    bool any_cadence = false;
    for (const Body& body : ctx.plan.bodies) {
        if (!body.meets.present())
            continue;
        any_cadence = true;
        const int per_year = body.meets.value.per_year();
        if (per_year >= minimum)
            continue;
        const bool ad_hoc = body.meets.value.cadence == Cadence::ad_hoc;
        ctx.report(
            body.meets.loc,
            ad_hoc
                ? fmt::format(
                      "`{}` meets only when needed (ad hoc), with no promise of the {} meetings a "
                      "year that keep young people's views moving",
                      body.id.value, minimum)
                : fmt::format("`{}` meets {} time{} a year, fewer than {}", body.id.value, per_year,
                              per_year == 1 ? "" : "s", minimum));
    }
    ctx.applies_when(any_cadence);
}

} // namespace engage::detail
