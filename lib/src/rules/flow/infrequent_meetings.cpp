// SPDX-License-Identifier: MIT
// F207 infrequent-meetings: a body that meets fewer times a year than the threshold (three by
// default); ad hoc counts as none.
#include "../rule.hpp"
#include "flow_text.hpp"

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace engage::rules {

namespace {
const RuleOption min_meetings_per_year{
    .name = "min-meetings-per-year",
    .whole_number = true,
    .default_value = 3,
    .min = 0,
    .max = 366,
    .summary = "fewest meetings a year a forum or board should hold",
};
constexpr const RuleOption* options[] = {&min_meetings_per_year};
} // namespace

namespace {

/// "every quarter (4 times a year)", "6 times a year".
std::string cadence_words(const Meets& meets) {
    if (!meets.cadence)
        return times(meets.per_year()) + " a year";
    switch (*meets.cadence) {
    case Cadence::annually:
        return "once a year";
    case Cadence::ad_hoc:
        return "when needed";
    default:
        break;
    }
    static constexpr std::string_view every[] = {"every week",  "every fortnight",
                                                 "every month", "twice a term",
                                                 "every term",  "every quarter"};
    return std::string(every[static_cast<std::size_t>(*meets.cadence)]) + " (" +
           times(meets.per_year()) + " a year)";
}

void check(CheckContext& ctx) {
    const auto minimum = static_cast<int>(ctx.whole_option(min_meetings_per_year));
    for (const Body& body : ctx.plan.bodies) {
        if (!body.meets.present())
            continue;
        const int per_year = body.meets.value.per_year();
        if (per_year >= minimum) {
            ctx.evidence_by(body.meets.loc, [&] {
                return the_body(body) + " meets " + cadence_words(body.meets.value);
            });
            continue;
        }
        const bool ad_hoc = body.meets.value.cadence == Cadence::ad_hoc;
        ctx.report(body.meets.loc,
                   ad_hoc ? fmt::format("{} meets only when needed, with no promise of the {} "
                                        "meetings a year that keep young people's views moving",
                                        the_body(body), minimum)
                          : fmt::format("{} meets {} a year, fewer than {}", the_body(body),
                                        times(per_year), minimum));
    }
}

constexpr std::string_view indicators[] = {"WT-2"};

constexpr RuleInfo info{
    .code = "F207",
    .name = "infrequent-meetings",
    .family = RuleFamily::flow,
    .severity = Severity::warning,
    .standard = "working-together",
    .indicators = indicators,
    .options = options,
    .summary = "A body that meets fewer times a year than the threshold (three by default); ad "
               "hoc counts as none.",
    .rationale = "Views that wait a year for the next meeting go stale, and young people move on. "
                 "Regular meetings keep a forum's work moving and a board answerable. The minimum "
                 "is set by `min-meetings-per-year`.",
    .help = "Meet more often, or set `meets` to the real cadence if it is more frequent than "
            "written.",
};

} // namespace

extern const RuleDefinition infrequent_meetings{info, check};

} // namespace engage::rules
