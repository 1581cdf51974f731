// SPDX-License-Identifier: MIT
// E333 resources-not-allocated: the plan lists resources, but none says what it is for.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (ctx.plan.info.resources_details.empty())
        return;
    const ById<Body> bodies(ctx.plan.bodies);
    const ById<Action> actions(ctx.plan.actions);
    bool any_listed = false;
    bool any_allocated = false;
    for (const Resource& resource : ctx.plan.info.resources_details) {
        if (!says_something(resource.what))
            continue;
        any_listed = true;
        if (resource.allocated_to.value.empty())
            continue;
        any_allocated = true;
        ctx.evidence_by(resource.loc, [&] {
            std::vector<std::string> names;
            for (const Text& id : resource.allocated_to.value) {
                if (const Body* body = bodies.find(id.value))
                    names.push_back(name_of(*body));
                else if (const Action* action = actions.find(id.value))
                    names.push_back("the action " + name_of(*action));
                else
                    names.push_back("`" + id.value + "`");
            }
            return trimmed_text(resource.what.value) + ", for " + words_list(names);
        });
    }
    if (any_listed && !any_allocated)
        ctx.report(ctx.plan.info.resources.loc,
                   "the plan lists resources, but none says which forum, board or action it is "
                   "for");
}

constexpr std::string_view indicators[] = {"PLA-6"};

constexpr RuleInfo info{
    .code = "E333",
    .name = "resources-not-allocated",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "planning",
    .indicators = indicators,
    .summary = "The plan lists resources, but none says what it is for.",
    .rationale = "A list of staff and budgets does not show that the engagement is resourced "
                 "well: a participation worker shared across every service may have no time for "
                 "the forum young people rely on. Saying which forum or action each resource "
                 "serves shows where support really goes.",
    .help = "Write resources in the long form, `{what: ..., for: [...]}`, with the ids of the "
            "bodies and actions each one serves.",
};

} // namespace

extern const RuleDefinition resources_not_allocated{info, check};

} // namespace engage::rules
