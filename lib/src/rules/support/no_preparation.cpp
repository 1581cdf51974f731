// E314 no-preparation: the plan does not record how children and young people are prepared
// before they take part.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    bool any = false;
    for (const Body& body : ctx.plan.bodies) {
        for (const Text& item : body.preparation.value) {
            if (!says_something(item))
                continue;
            any = true;
            ctx.evidence_by(item.loc, [&] {
                return "members of " + name_of(body) + " are prepared: " + item.value;
            });
        }
    }
    for (const Engagement& engagement : ctx.plan.engagements) {
        for (const Text& item : engagement.preparation.value) {
            if (!says_something(item))
                continue;
            any = true;
            ctx.evidence_by(item.loc, [&] {
                return "those taking part in " + name_of(engagement) + " were prepared: " +
                       item.value;
            });
        }
    }
    if (!any)
        ctx.report(ctx.plan_loc(), "the plan does not record how children and young people are "
                                   "prepared before they take part in meetings or engagements");
}

constexpr std::string_view indicators[] = {"SUP-1"};

constexpr RuleInfo info{
    .code = "E314",
    .name = "no-preparation",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "support",
    .indicators = indicators,
    .summary = "The plan does not record how children and young people are prepared before they "
               "take part.",
    .rationale = "Children and young people take a full part when they know what a meeting is "
                 "for, what will happen and how to have their say. Preparation, training, "
                 "induction or a mentor before a board meeting or a consultation builds the trust "
                 "and confidence that let them speak, rather than sit in a room of adults.",
    .help = "List under a body's or an engagement's `preparation` how young people are prepared: "
            "a briefing before meetings, an induction, a visit beforehand or a mentor.",
};

} // namespace

extern const RuleDefinition no_preparation{info, check};

} // namespace engage::rules
