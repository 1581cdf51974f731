// F207 infrequent-meetings: a body that meets fewer times a year than the threshold (three by
// default); ad hoc counts as none.
#include "../rule.hpp"

#include <fmt/format.h>

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

void check(CheckContext& ctx) {
    const auto minimum = static_cast<int>(ctx.whole_option(min_meetings_per_year));
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
