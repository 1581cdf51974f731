// E314 no-preparation: no group or body prepares or trains young people before they take part.
#include "../rule.hpp"

#include <algorithm>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    std::vector<const TextList*> support;
    for (const Group& group : ctx.plan.groups)
        support.push_back(&group.support);
    for (const Body& body : ctx.plan.bodies)
        support.push_back(&body.support);
    if (mentions_any(support,
                     {"prepar", "training", "trained", "induction", "briefing", "mentor"})) {
        return;
    }
    // A planned action to prepare or train young people themselves counts too
    // (Dundee's "Provide training for young people"); training for staff does not.
    for (const Action& action : ctx.plan.actions) {
        const std::string title = lowercase(action.title.value);
        const auto has = [&](std::initializer_list<std::string_view> words) {
            return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
                return title.find(w) != std::string::npos;
            });
        };
        if (has({"train", "prepar", "induct", "mentor", "briefing"}) &&
            has({"young people", "children", "ceyp", "pupils", "care leavers", "youth"}) &&
            !has({"staff", "workforce", "provider", "partners", "professional", "practitioner",
                  "worker"}))
            return;
    }
    ctx.report(ctx.plan_loc(),
               "nothing in the plan prepares young people before they take part: no support "
               "or action mentions preparation, training, induction, briefing or mentoring "
               "for them");
}

constexpr std::string_view indicators[] = {"SUP-1"};

constexpr RuleInfo info{
    .code = "E314",
    .name = "no-preparation",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "support",
    .indicators = indicators,
    .summary = "No group or body prepares or trains young people before they take part.",
    .rationale = "Children and young people take a full part when they know what a meeting is "
                 "for, what will happen and how to have their say. Preparation, training, "
                 "induction or a mentor before a board meeting or a consultation builds the trust "
                 "and confidence that let them speak, rather than sit in a room of adults.",
    .help = "Add to a group's or body's `support` how young people are prepared: a briefing "
            "before meetings, training, an induction or a mentor.",
};

} // namespace

extern const RuleDefinition no_preparation{info, check};

} // namespace engage::rules
