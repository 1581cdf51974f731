// SPDX-License-Identifier: MIT
// E305 forum-without-groups: a forum does not say which groups of children and young people it
// represents.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const ById<Group> groups(ctx.plan.groups);
    for (const Body& body : ctx.plan.bodies) {
        if (!body.is(BodyKind::forum))
            continue;
        if (!body.groups.value.empty()) {
            ctx.evidence_by(body.groups.loc, [&] {
                return name_of(body) + " speaks for " + names_of(groups, body.groups);
            });
            continue;
        }
        ctx.report(body.groups.present() ? body.groups.loc : body.loc,
                   "the forum " + name_of(body) + " does not say which groups it speaks for");
    }
}

constexpr std::string_view indicators[] = {"INC-2"};

constexpr RuleInfo info{
    .code = "E305",
    .name = "forum-without-groups",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "inclusion",
    .indicators = indicators,
    .summary = "A forum does not say which groups of children and young people it represents.",
    .rationale = "A forum speaks for someone. When the plan does not say which groups a forum "
                 "represents, nobody can tell whether every group has a forum to speak for it, or "
                 "whether the same few voices stand in for everyone.",
    .help = "List in the forum's `groups` the ids of the groups it represents.",
};

} // namespace

extern const RuleDefinition forum_without_groups{info, check};

} // namespace engage::rules
