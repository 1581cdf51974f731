// SPDX-License-Identifier: MIT
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
                return "members of " + name_of(body) + " are prepared: " + trimmed_text(item.value);
            });
        }
    }
    // Training young people have had for their role (Rutland's Young Inspectors) readies
    // them too; training still to come does not.
    for (const Body& body : ctx.plan.bodies) {
        if (!is_childrens_forum(body))
            continue;
        for (const Training& training : body.training.value) {
            if (!says_something(training.what) ||
                (training.completed.present() && !training.completed.value) ||
                (training.on.present() && !dated_by(training.on, ctx.as_of())))
                continue;
            any = true;
            ctx.evidence_by(training.loc, [&] {
                return "members of " + name_of(body) +
                       " have had training: " + trimmed_text(training.what.value);
            });
        }
    }
    for (const Engagement& engagement : ctx.plan.engagements) {
        for (const Text& item : engagement.preparation.value) {
            if (!says_something(item))
                continue;
            any = true;
            ctx.evidence_by(item.loc, [&] {
                return "those taking part in " + name_of(engagement) +
                       " were prepared: " + trimmed_text(item.value);
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
            "a briefing before meetings, an induction, a visit beforehand or a mentor. Training "
            "a forum's members have completed (`training`) counts too.",
};

} // namespace

extern const RuleDefinition no_preparation{info, check};

} // namespace engage::rules
