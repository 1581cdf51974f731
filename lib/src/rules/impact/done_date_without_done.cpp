// E379 done-date-without-done: an action has a completion date but its status is not done.
#include "../rule.hpp"

#include <algorithm>
#include <string>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(std::any_of(ctx.plan.actions.begin(), ctx.plan.actions.end(),
                                      [](const auto& x) { return x.done_on.present(); })))
        return;
    for (const Action& a : ctx.plan.actions) {
        if (!a.done_on.present())
            continue;
        if (a.status.present() && a.status.value == Status::done)
            continue;
        const std::string state = a.status.present()
                                      ? "is marked " + std::string(to_string(a.status.value))
                                      : "has no status";
        ctx.report(a.done_on.loc, "the action `" + a.id.value + "` says it was done on " +
                                      a.done_on.value.to_string() + " but " + state);
    }
}

constexpr std::string_view indicators[] = {"IMP-5"};

constexpr RuleInfo info{
    .code = "E379",
    .name = "done-date-without-done",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "An action has a completion date but its status is not done.",
    .rationale = "An action cannot be both finished and not finished. The contradiction makes it "
                 "unclear what young people should be told, and which record of progress to trust.",
    .help = "Set `status: done` if the action is finished, or remove `done_on:` if it is not.",
};

} // namespace

extern const RuleDefinition done_date_without_done{info, check};

} // namespace engage::rules
