// SPDX-License-Identifier: MIT
// E369 channel-goes-nowhere: a standing channel for views feeds no forum or board.
#include "../impact/item_words.hpp"
#include "../rule.hpp"

#include <string>
#include <vector>

namespace engage::rules {

namespace {

std::string how_often(const Meets& meets) {
    if (meets.per_year_explicit)
        return std::to_string(*meets.per_year_explicit) + " times a year";
    if (meets.cadence == Cadence::twice_termly)
        return "twice a term";
    if (meets.cadence == Cadence::ad_hoc)
        return "when needed";
    return meets.cadence ? std::string(to_string(*meets.cadence)) : std::string("now and then");
}

void check(CheckContext& ctx) {
    for (const Channel& c : ctx.plan.channels) {
        if (c.feeds_into.value.empty()) {
            ctx.report(c.loc, "views gathered through " + name_or_id(c.name, c.id) +
                                  " are not recorded as reaching any forum or board");
            continue;
        }
        if (!c.recurs.present() || c.recurs.value.per_year() < 1)
            continue;
        ctx.evidence_by(c.recurs.loc, [&] {
            return name_or_id(c.name, c.id) + " runs " + how_often(c.recurs.value) + " and feeds " +
                   names_of_ids(ctx.plan, c.feeds_into);
        });
    }
}

constexpr std::string_view indicators[] = {"COM-4"};

constexpr RuleInfo info{
    .code = "E369",
    .name = "channel-goes-nowhere",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "communication",
    .indicators = indicators,
    .summary = "A standing channel for views feeds no forum or board.",
    .rationale = "A survey, a suggestions box or an online page that keeps collecting views is "
                 "how the wider community goes on shaping the work. If the plan does not say "
                 "which forum or board hears what comes in, the views may be collected and never "
                 "read by anyone who can act on them.",
    .help = "Add `feeds_into:` to the channel with the bodies that receive what it gathers, and "
            "`recurs:` with how often it runs.",
};

} // namespace

extern const RuleDefinition channel_goes_nowhere{info, check};

} // namespace engage::rules
