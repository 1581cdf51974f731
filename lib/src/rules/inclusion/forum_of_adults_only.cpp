// SPDX-License-Identifier: MIT
// E309 forum-of-adults-only: a forum counted as children's speaks only for groups of adults.
#include "../plan_names.hpp"
#include "../rule.hpp"

#include <algorithm>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const ById<Group> groups(ctx.plan.groups);
    for (const Body& body : ctx.plan.bodies) {
        if (!is_childrens_forum(body) || body.groups.value.empty())
            continue;
        const auto is_adults = [&](const Text& id) {
            const Group* group = groups.find(id.value);
            return group != nullptr && group->is_adults();
        };
        if (std::all_of(body.groups.value.begin(), body.groups.value.end(), is_adults)) {
            ctx.report(body.groups.loc, "the " + name_of(body) +
                                            " is counted as a forum of children and young "
                                            "people, but every group it speaks for is a group of "
                                            "adults (" +
                                            names_of(groups, body.groups) + ")");
            continue;
        }
        if (std::none_of(body.groups.value.begin(), body.groups.value.end(), is_adults))
            ctx.evidence_by(body.groups.loc, [&] {
                return "the " + name_of(body) + " is a forum of children and young people (" +
                       names_of(groups, body.groups) + ")";
            });
        else
            ctx.evidence_by(body.groups.loc, [&] {
                return "the " + name_of(body) + " speaks for children and young people among " +
                       names_of(groups, body.groups);
            });
    }
}

constexpr std::string_view indicators[] = {"INC-2"};

constexpr RuleInfo info{
    .code = "E309",
    .name = "forum-of-adults-only",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "inclusion",
    .indicators = indicators,
    .summary = "A forum counted as children and young people's speaks only for groups of adults.",
    .rationale = "Parent carer forums and foster carer groups matter, but they carry adults' "
                 "views. Counted as a children's forum, such a forum makes a plan look as if "
                 "children are heard when only the adults around them are.",
    .help = "If the forum carries adults' views, add `for: adults` to it; if children and young "
            "people take part, list their groups in its `groups`.",
};

} // namespace

extern const RuleDefinition forum_of_adults_only{info, check};

} // namespace engage::rules
