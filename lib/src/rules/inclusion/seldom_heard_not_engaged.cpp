// SPDX-License-Identifier: MIT
// E303 seldom-heard-not-engaged: a seldom-heard group takes part in no engagement and no forum
// represents it.
#include "../plan_names.hpp"
#include "../rule.hpp"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace engage::rules {

namespace {

/// Where a group is heard: the forums that speak for it, the engagements it took part in.
struct Reach {
    std::vector<const Body*> forums;
    std::vector<const Engagement*> engagements;
};

// A few of each are enough for the words; the count of groups reached is what matters.
constexpr std::size_t named_at_most = 3;

std::string heard_words(const Group& group, const Reach& reach) {
    std::vector<std::string> parts;
    if (!reach.forums.empty()) {
        std::vector<std::string> names;
        for (const Body* body : reach.forums)
            names.push_back(name_of(*body));
        parts.push_back("heard through " + words_list(names));
    }
    if (!reach.engagements.empty()) {
        std::vector<std::string> names;
        for (const Engagement* engagement : reach.engagements)
            names.push_back(name_of(*engagement));
        parts.push_back("took part in " + words_list(names));
    }
    return name_of(group) + " (seldom heard): " + words_list(parts);
}

void check(CheckContext& ctx) {
    const Plan& plan = ctx.plan;
    std::unordered_map<std::string_view, Reach> reach;
    for (const Group& group : plan.groups) {
        if (group.is_seldom_heard())
            reach.emplace(group.id.value, Reach{});
    }
    if (reach.empty())
        return;
    const ById<Group> groups(plan.groups);
    for (const Body& body : plan.bodies) {
        if (!body.is(BodyKind::forum))
            continue;
        for (const Text& id : body.groups.value) {
            const auto found = reach.find(id.value);
            if (found == reach.end())
                continue;
            // An adults' forum (a parent carer forum) does not make children heard.
            const Group* group = groups.find(id.value);
            const bool counts = is_childrens_forum(body) || (group && group->is_adults());
            if (counts && found->second.forums.size() < named_at_most)
                found->second.forums.push_back(&body);
        }
    }
    for (const Engagement& engagement : plan.engagements) {
        if (!held_by(engagement, ctx.as_of()))
            continue;
        for (const Text& id : engagement.groups.value) {
            const auto found = reach.find(id.value);
            if (found != reach.end() && found->second.engagements.size() < named_at_most)
                found->second.engagements.push_back(&engagement);
        }
    }
    for (const Group& group : plan.groups) {
        if (!group.is_seldom_heard())
            continue;
        const Reach& heard = reach.at(group.id.value);
        if (heard.forums.empty() && heard.engagements.empty()) {
            ctx.report(group.loc, "no forum speaks for " + name_of(group) +
                                      ", a seldom-heard group, and they have taken part in no "
                                      "engagement the plan records");
            continue;
        }
        ctx.evidence_by(group.loc, [&] { return heard_words(group, heard); });
    }
}

constexpr std::string_view indicators[] = {"INC-2"};

constexpr RuleInfo info{
    .code = "E303",
    .name = "seldom-heard-not-engaged",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "inclusion",
    .indicators = indicators,
    .summary = "A seldom-heard group takes part in no engagement and no forum represents it.",
    .rationale = "Naming a group as seldom heard is only a first step: the plan must show how its "
                 "children and young people are actually reached. A seldom-heard group that no "
                 "engagement involves and no forum speaks for stays unheard, however well the "
                 "plan describes it.",
    .help = "List the group in an engagement's `groups` or in a forum's `groups`, or plan an "
            "engagement that reaches it.",
};

} // namespace

extern const RuleDefinition seldom_heard_not_engaged{info, check};

} // namespace engage::rules
