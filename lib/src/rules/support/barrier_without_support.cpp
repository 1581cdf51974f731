// SPDX-License-Identifier: MIT
// E312 barrier-without-support: a group lists barriers to taking part but no support to overcome
// them.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Group& group : ctx.plan.groups) {
        if (!says_something(group.barriers))
            continue;
        if (says_something(group.support)) {
            ctx.evidence_by(group.support.loc, [&] {
                return "support for " + name_of(group) + ": " + words_list(said(group.support));
            });
            continue;
        }
        ctx.report(group.support.present() ? group.support.loc : group.loc,
                   "the plan names barriers that stop " + name_of(group) +
                       " taking part, but no support to overcome them");
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
