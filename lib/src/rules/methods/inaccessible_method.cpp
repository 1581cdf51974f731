// SPDX-License-Identifier: MIT
// E355 inaccessible-method: an engagement involves a seldom-heard group, or one facing barriers,
// without recording how it was made accessible.
#include "../flow/flow_text.hpp"
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
    return group.is_seldom_heard() || says_something(group.barriers);
}

const Text* first_said(const TextList& list) {
    for (const Text& item : list.value) {
        if (says_something(item))
            return &item;
    }
    return nullptr;
}

std::string group_name(const Group& group) {
    return says_something(group.name) ? one_line(group.name.value) : "`" + group.id.value + "`";
}

void check(CheckContext& ctx) {
    for (const Engagement& engagement : ctx.plan.engagements) {
        if (const Text* adaptation = first_said(engagement.adaptations)) {
            ctx.evidence_by(adaptation->loc, [&] {
                return titled(engagement.title, engagement.id) +
                       " was made accessible: " + one_line(adaptation->value);
            });
            continue;
        }
        for (const Text& id : engagement.groups.value) {
            const Group* group = find_group(ctx.plan, id.value);
            if (group == nullptr || !needs_adapting(*group))
                continue;
            const std::string why = says_something(group->barriers)
                                        ? "who face barriers to taking part"
                                        : "who are seldom heard";
            ctx.report(engagement.loc, "the engagement " + titled(engagement.title, engagement.id) +
                                           " involves " + group_name(*group) + ", " + why +
                                           ", but records nothing done to make it accessible");
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
    .many =
        "{count} engagements with seldom-heard groups record nothing done to make them accessible",
};

} // namespace

extern const RuleDefinition inaccessible_method{info, check};

} // namespace engage::rules
