// E378 done-without-date: an action is marked done but does not say when.
#include "../rule.hpp"

#include <algorithm>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(
            std::any_of(ctx.plan.actions.begin(), ctx.plan.actions.end(), [](const auto& x) {
                return x.status.present() && x.status.value == Status::done;
            })))
        return;
    for (const Action& a : ctx.plan.actions) {
        if (!a.status.present() || a.status.value != Status::done || a.done_on.present())
            continue;
        ctx.report(a.status.loc,
                   "the action `" + a.id.value + "` is marked done but does not say when");
    }
}

constexpr std::string_view indicators[] = {"IMP-5"};

constexpr RuleInfo info{
    .code = "E378",
    .name = "done-without-date",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "impact",
    .indicators = indicators,
    .summary = "An action is marked done but does not say when.",
    .rationale = "Knowing when an action was completed lets the plan show how quickly young "
                 "people's views were acted on, and gives something concrete to tell them in "
                 "feedback.",
    .help = "Add `done_on:` with the date the action was completed.",
};

} // namespace

extern const RuleDefinition done_without_date{info, check};

} // namespace engage::rules
