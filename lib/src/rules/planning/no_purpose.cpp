// SPDX-License-Identifier: MIT
// E322 no-purpose: the plan does not say what its engagement is for.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const Text& purpose = ctx.plan.info.purpose;
    if (says_something(purpose)) {
        ctx.evidence(purpose.loc, "the plan says what it is for: " + trimmed_text(purpose.value));
        return;
    }
    if (purpose.present()) {
        ctx.report(purpose.loc, "the plan's purpose says nothing yet: it does not say what the "
                                "engagement is for");
        return;
    }
    if (!purpose.written()) // a purpose of the wrong type is the loader's finding
        ctx.report(ctx.plan_loc(), "the plan does not say what its engagement is for");
}

constexpr std::string_view indicators[] = {"PLA-2"};

constexpr RuleInfo info{
    .code = "E322",
    .name = "no-purpose",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "planning",
    .indicators = indicators,
    .summary = "The plan does not say what its engagement is for.",
    .rationale = "Children and young people give their time and views when they know why they are "
                 "asked and what can change as a result. The Planning standard asks for a clear "
                 "purpose; without one, engagement risks becoming consultation for its own sake, "
                 "and nobody can judge whether it achieved anything.",
    .help = "Add a `purpose:` to the plan saying, in plain words, what the engagement is for and "
            "what it can change.",
};

} // namespace

extern const RuleDefinition no_purpose{info, check};

} // namespace engage::rules
