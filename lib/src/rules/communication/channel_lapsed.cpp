// SPDX-License-Identifier: MIT
// E399 channel-lapsed: a standing channel for views was last used more than 18 months ago.
#include "../impact/item_words.hpp"
#include "../rule.hpp"

#include <algorithm>

namespace engage::rules {

namespace {

constexpr int lapse_months = 18;

/// The same day `months` months earlier (the last day of the month when it is shorter).
Date months_before(const Date& date, int months) {
    int index = date.year * 12 + (date.month - 1) - months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    return {year, month, std::min(date.day, days_in_month(year, month))};
}

void check(CheckContext& ctx) {
    const auto& as_of = ctx.as_of();
    if (!as_of)
        return;
    const Date cutoff = months_before(*as_of, lapse_months);
    for (const Channel& c : ctx.plan.channels) {
        if (!c.last_used.present() || *as_of < c.last_used.value)
            continue;
        if (c.last_used.value < cutoff) {
            ctx.report(c.last_used.loc, name_or_id(c.name, c.id) + " was last used on " +
                                            c.last_used.value.to_string() +
                                            ", more than 18 months ago");
            continue;
        }
        ctx.evidence_by(c.last_used.loc, [&] {
            return name_or_id(c.name, c.id) + " was last used on " + c.last_used.value.to_string();
        });
    }
}

constexpr std::string_view indicators[] = {"COM-4"};

constexpr RuleInfo info{
    .code = "E399",
    .name = "channel-lapsed",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "communication",
    .indicators = indicators,
    .summary = "A standing channel for views was last used more than 18 months ago.",
    .rationale = "An annual survey that has not run for two years is no longer a way for the "
                 "wider community to be heard. Noticing the gap lets the plan either run it again "
                 "or stop counting on it.",
    .help = "Run the channel again and update `last_used:`, or take it out of `channels:` if it "
            "has ended.",
};

} // namespace

extern const RuleDefinition channel_lapsed{info, check};

} // namespace engage::rules
