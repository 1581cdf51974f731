// SPDX-License-Identifier: MIT
// E353 single-method: all the plan's engagements use one method, or none says which.
#include "../flow/flow_text.hpp"
#include "../rule.hpp"
#include "method_words.hpp"

#include <array>
#include <cstddef>
#include <string>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (ctx.plan.engagements.empty() && ctx.plan.channels.empty())
        return; // no-engagements says so
    // Each method once, at the first engagement or channel that uses it.
    std::array<bool, std::size(EnumNames<Method>::names)> seen{};
    std::size_t distinct = 0;
    Method only = Method::other;
    const auto count = [&](const Located<Method>& method, const std::string& where) {
        if (!method.present() || seen[static_cast<std::size_t>(method.value)])
            return;
        seen[static_cast<std::size_t>(method.value)] = true;
        ++distinct;
        only = method.value;
        ctx.evidence_by(method.loc, [&] {
            return "young people take part through " + std::string(method_words(method.value)) +
                   " (" + where + ")";
        });
    };
    for (const Engagement& engagement : ctx.plan.engagements)
        count(engagement.method, titled(engagement.title, engagement.id));
    for (const Channel& channel : ctx.plan.channels)
        count(channel.method, titled(channel.name, channel.id));
    if (distinct >= 2)
        return;
    if (distinct == 0) {
        ctx.report(ctx.plan_loc(),
                   "no engagement or channel says which method it uses, so the plan cannot show "
                   "a variety of ways for young people to take part");
    } else {
        ctx.report(ctx.plan_loc(), "the plan's engagements and channels use only one method, " +
                                       std::string(method_words(only)) +
                                       ", so only the young people that method suits are heard");
    }
}

constexpr std::string_view indicators[] = {"MET-3"};

constexpr RuleInfo info{
    .code = "E353",
    .name = "single-method",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "methods",
    .indicators = indicators,
    .summary = "All the plan's engagements use one method, or none says which.",
    .rationale = "Each method suits some young people and shuts out others: a survey misses those "
                 "who do not read easily, a meeting misses those who will not speak in a room of "
                 "adults. Using a variety of methods is how a plan makes sure many voices are "
                 "heard, not only the usual ones.",
    .help = "Use at least two different methods across the plan's engagements, chosen to suit the "
            "groups involved, and record each one's `method:`.",
};

} // namespace

extern const RuleDefinition single_method{info, check};

} // namespace engage::rules
