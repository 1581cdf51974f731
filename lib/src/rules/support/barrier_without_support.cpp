// E312 barrier-without-support: a group lists barriers to taking part but no support to overcome
// them.
#include "../rule.hpp"

#include <algorithm>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(std::any_of(ctx.plan.groups.begin(), ctx.plan.groups.end(),
                                      [](const auto& x) { return !x.barriers.value.empty(); })))
        return;
    for (const Group& group : ctx.plan.groups) {
        if (group.barriers.value.empty() || !group.support.value.empty())
            continue;
        ctx.report(group.support.present() ? group.support.loc : group.loc,
                   "the group `" + group.id.value +
                       "` lists barriers but no support to overcome them");
    }
}

constexpr std::string_view indicators[] = {"SUP-2"};

constexpr RuleInfo info{
    .code = "E312",
    .name = "barrier-without-support",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "support",
    .indicators = indicators,
    .summary = "A group lists barriers to taking part but no support to overcome them.",
    .rationale = "Naming a barrier without doing anything about it leaves children and young "
                 "people where they were. The Support standard asks that practical barriers are "
                 "removed or reduced: travel costs paid, meetings held at times young carers can "
                 "make, interpreters, accessible papers.",
    .help = "List under the group's `support` what the plan does to overcome each barrier.",
};

} // namespace

extern const RuleDefinition barrier_without_support{info, check};

} // namespace engage::rules
