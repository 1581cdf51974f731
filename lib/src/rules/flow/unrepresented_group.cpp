// SPDX-License-Identifier: MIT
// F205 unrepresented-group: a group of children and young people the plan is for that no forum
// represents.
#include "../plan_names.hpp"
#include "../rule.hpp"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const Plan& plan = ctx.plan;
    // The first children's forum that speaks for each group, and the groups that took part
    // in an engagement held so far.
    std::unordered_map<std::string_view, const Body*> forum_of;
    for (const Body& body : plan.bodies) {
        if (!is_childrens_forum(body))
            continue;
        for (const Text& id : body.groups.value)
            forum_of.emplace(id.value, &body);
    }
    // With no children's forum at all, no-forums says so once, not once per group.
    if (forum_of.empty() && ctx.settings.rules.enabled("no-forums")) {
        bool any_forum = false;
        for (const Body& body : plan.bodies)
            any_forum = any_forum || is_childrens_forum(body);
        if (!any_forum)
            return;
    }
    // A seldom-heard group that nobody reaches is seldom-heard-not-engaged's finding:
    // one problem, one finding.
    const bool seldom_heard_rule_runs = ctx.settings.rules.enabled("seldom-heard-not-engaged");
    std::unordered_set<std::string_view> engaged;
    if (seldom_heard_rule_runs) {
        for (const Engagement& engagement : plan.engagements) {
            if (!held_by(engagement, ctx.as_of()))
                continue;
            for (const Text& id : engagement.groups.value)
                engaged.insert(id.value);
        }
    }
    for (const Group& group : plan.groups) {
        // Parents' and carers' groups speak through adults' forums, or not at all.
        if (group.id.value.empty() || group.is_adults())
            continue;
        const auto found = forum_of.find(group.id.value);
        if (found != forum_of.end()) {
            // A seldom-heard group's forum is seldom-heard-not-engaged's evidence.
            if (!group.is_seldom_heard())
                ctx.evidence_by(group.loc, [&] {
                    return name_of(group) + " are represented by " + name_of(*found->second);
                });
            continue;
        }
        if (seldom_heard_rule_runs && group.is_seldom_heard() && !engaged.count(group.id.value))
            continue;
        ctx.report(group.loc, "no forum of children and young people speaks for " + name_of(group) +
                                  ", so the plan gives them no regular place to be heard");
    }
}

constexpr std::string_view indicators[] = {"INC-2"};

constexpr RuleInfo info{
    .code = "F205",
    .name = "unrepresented-group",
    .family = RuleFamily::flow,
    .severity = Severity::warning,
    .standard = "inclusion",
    .indicators = indicators,
    .summary = "A group of children and young people the plan is for that no forum represents.",
    .rationale = "A group with no forum has no regular place where its members speak for "
                 "themselves; its views depend on one-off consultations, or on others speaking "
                 "for it.",
    .help = "List the group in the `groups` of a forum that represents it, or set up a forum for "
            "it. Groups of parents or carers (`adults: true`) are not checked.",
    .many = "{count} groups have no forum of children and young people to speak for them",
};

} // namespace

extern const RuleDefinition unrepresented_group{info, check};

} // namespace engage::rules
