// SPDX-License-Identifier: MIT
// E315 needs-not-assessed: a group faces barriers, but the plan does not say its support needs
// were assessed with the group itself.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

std::string assessed_words(const Group& group) {
    std::string words = "the support " + name_of(group) + " need was assessed with them on " +
                        group.needs_assessed.date.value.to_string();
    if (says_something(group.needs_assessed.how))
        words += ": " + trimmed_text(group.needs_assessed.how.value);
    return words;
}

void check(CheckContext& ctx) {
    for (const Group& group : ctx.plan.groups) {
        const NeedsAssessment& assessed = group.needs_assessed;
        if (assessed.loc.known()) {
            // Evidence when it has happened; a date to come is a plan, not yet practice.
            if (dated_by(assessed.date, ctx.as_of()))
                ctx.evidence_by(assessed.loc, [&] { return assessed_words(group); });
            continue;
        }
        if (!says_something(group.barriers))
            continue;
        ctx.report(group.loc, "the plan names barriers " + name_of(group) +
                                  " face, but does not say their support needs were assessed "
                                  "with them");
    }
}

constexpr std::string_view indicators[] = {"SUP-1"};

constexpr RuleInfo info{
    .code = "E315",
    .name = "needs-not-assessed",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "support",
    .indicators = indicators,
    .summary = "A group faces barriers, but the plan does not say its support needs were assessed "
               "with the group itself.",
    .rationale = "The Support standard asks that the support people need is identified with them, "
                 "not for them. Adults often guess wrongly what gets in the way: asking young "
                 "carers, disabled young people or care leavers themselves, and recording when "
                 "and how, is what makes the support fit.",
    .help = "Add `needs_assessed: {date: YYYY-MM-DD, how: ...}` to the group, saying when and how "
            "its support needs were assessed with its members.",
    .many = "{count} groups with barriers do not say their support needs were assessed with them",
};

} // namespace

extern const RuleDefinition needs_not_assessed{info, check};

} // namespace engage::rules
