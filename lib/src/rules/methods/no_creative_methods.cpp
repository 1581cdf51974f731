// SPDX-License-Identifier: MIT
// E354 no-creative-methods: no engagement uses a creative method such as a workshop, event,
// take-over or social media.
#include "../flow/flow_text.hpp"
#include "../rule.hpp"
#include "method_words.hpp"

#include <string>

namespace engage::rules {

namespace {

bool group_of_young_people(const Plan& plan, const std::string& id) {
    for (const Group& group : plan.groups) {
        if (group.id.value == id)
            return !group.is_adults();
    }
    return false;
}

bool forum_of_young_people(const Plan& plan, const std::string& id) {
    for (const Body& body : plan.bodies) {
        if (body.id.value == id)
            return body.is(BodyKind::forum) && !body.is_for_adults();
    }
    return false;
}

/// A children's group or forum among those who took part, or a count of young participants.
bool young_people_took_part(const Plan& plan, const Engagement& engagement) {
    if (engagement.participants.young_people.present() &&
        engagement.participants.young_people.value > 0)
        return true;
    for (const Text& id : engagement.groups.value) {
        if (group_of_young_people(plan, id.value))
            return true;
    }
    for (const Text& id : engagement.bodies.value) {
        if (forum_of_young_people(plan, id.value))
            return true;
    }
    return false;
}

bool open_to_young_people(const Plan& plan, const Channel& channel) {
    for (const Text& id : channel.open_to.value) {
        if (group_of_young_people(plan, id.value))
            return true;
    }
    return false;
}

bool creative(const Located<Method>& method) {
    return method.present() && is_creative(method.value);
}

void check(CheckContext& ctx) {
    if (ctx.plan.engagements.empty() && ctx.plan.channels.empty())
        return; // no-engagements says so
    bool any_creative = false;
    for (const Engagement& engagement : ctx.plan.engagements) {
        if (!creative(engagement.method))
            continue;
        any_creative = true;
        if (young_people_took_part(ctx.plan, engagement)) {
            ctx.evidence_by(engagement.method.loc, [&] {
                return "young people took part in " + titled(engagement.title, engagement.id) +
                       ", " + std::string(method_words(engagement.method.value));
            });
        }
    }
    for (const Channel& channel : ctx.plan.channels) {
        if (!creative(channel.method))
            continue;
        any_creative = true;
        if (open_to_young_people(ctx.plan, channel)) {
            ctx.evidence_by(channel.method.loc, [&] {
                return titled(channel.name, channel.id) + ", " +
                       std::string(method_words(channel.method.value)) +
                       ", is open to young people";
            });
        }
    }
    if (any_creative)
        return;
    ctx.report(ctx.plan_loc(),
               "no engagement or channel uses a creative method (a workshop, event, take-over, "
               "social media, arts, participatory budgeting, mystery shopping, peer research, "
               "social action or an audit)");
}

constexpr std::string_view indicators[] = {"MET-4"};

constexpr RuleInfo info{
    .code = "E354",
    .name = "no-creative-methods",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "methods",
    .indicators = indicators,
    .summary = "No engagement uses a creative method such as a workshop, event, take-over or "
               "social media.",
    .rationale = "Creative methods let children and young people show what matters to them in "
                 "their own way, and reach many who would never fill in a form or sit through a "
                 "meeting. Plans that only survey and consult tend to hear from the same "
                 "confident few.",
    .help = "Plan at least one creative engagement (a workshop, event, take-over or social media) "
            "and record it with that `method:`.",
};

} // namespace

extern const RuleDefinition no_creative_methods{info, check};

} // namespace engage::rules
