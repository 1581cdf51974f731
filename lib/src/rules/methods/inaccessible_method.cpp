// E355 inaccessible-method: an engagement involves a seldom-heard group, or one facing barriers,
// without recording how it was made accessible.
#include "../rule.hpp"

#include <string>

namespace engage::rules {

namespace {

const Group* find_group(const Plan& plan, const std::string& id) {
    for (const Group& group : plan.groups) {
        if (group.id.value == id)
            return &group;
    }
    return nullptr;
}

bool needs_adapting(const Group& group) {
    return (group.is_seldom_heard()) || !group.barriers.value.empty();
}

void check(CheckContext& ctx) {
    bool involves_groups_needing_adaptation = false;
    for (const Engagement& engagement : ctx.plan.engagements) {
        for (const Text& id : engagement.groups.value) {
            const Group* group = find_group(ctx.plan, id.value);
            involves_groups_needing_adaptation |= group != nullptr && needs_adapting(*group);
        }
    }
    if (!ctx.applies_when(involves_groups_needing_adaptation))
        return;
    for (const Engagement& engagement : ctx.plan.engagements) {
        if (!engagement.adaptations.value.empty())
            continue;
        for (const Text& id : engagement.groups.value) {
            const Group* group = find_group(ctx.plan, id.value);
            if (group == nullptr || !needs_adapting(*group))
                continue;
            const std::string why = !group->barriers.value.empty() ? "faces barriers to taking part"
                                                                   : "is seldom heard";
            ctx.report(engagement.loc, "the engagement `" + engagement.id.value +
                                           "` involves the group `" + group->id.value +
                                           "`, which " + why +
                                           ", but records no adaptations to make it accessible");
            break; // one finding per engagement
        }
    }
}

constexpr std::string_view indicators[] = {"MET-2"};

constexpr RuleInfo info{
    .code = "E355",
    .name = "inaccessible-method",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "methods",
    .indicators = indicators,
    .summary = "An engagement involves a seldom-heard group, or one facing barriers, without "
               "recording how it was made accessible.",
    .rationale = "Methods must be acceptable and accessible to the people taking part, whatever "
                 "their age or disability. When an engagement involves young people who are "
                 "seldom heard or face barriers and records no adaptations, there is no sign that "
                 "they could take part on equal terms.",
    .help = "Record in the engagement's `adaptations:` how the method was made accessible to the "
            "groups involved (timing, place, format, support, interpreters, respite).",
};

} // namespace

extern const RuleDefinition inaccessible_method{info, check};

} // namespace engage::rules
