// SPDX-License-Identifier: MIT
// E311 barriers-not-identified: a seldom-heard group does not say what stops it taking part.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Group& group : ctx.plan.groups) {
        if (says_something(group.barriers)) {
            ctx.evidence_by(group.barriers.loc, [&] {
                return "barriers named for " + name_of(group) + ": " +
                       words_list(said(group.barriers));
            });
            continue;
        }
        if (!group.is_seldom_heard())
            continue;
        ctx.report(group.barriers.present() ? group.barriers.loc : group.loc,
                   "the plan does not say what stops " + name_of(group) +
                       ", a seldom-heard group, from taking part");
    }
}

constexpr std::string_view indicators[] = {"SUP-1"};

constexpr RuleInfo info{
    .code = "E311",
    .name = "barriers-not-identified",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "support",
    .indicators = indicators,
    .summary = "A seldom-heard group does not say what stops it taking part.",
    .rationale = "The Support standard asks that barriers to taking part are identified and "
                 "overcome. A group is seldom heard for reasons: placement moves, caring duties, "
                 "transport, communication needs, distrust of professionals. Until the plan names "
                 "those barriers, it cannot plan the support that would let these children and "
                 "young people be heard.",
    .help = "List under the group's `barriers` what stops its children and young people taking "
            "part, ideally found out with them.",
    .many = "{count} seldom-heard groups have no barriers named",
};

} // namespace

extern const RuleDefinition barriers_not_identified{info, check};

} // namespace engage::rules
