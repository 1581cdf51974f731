// E353 single-method: all the plan's engagements use one method, or none says which.
#include "../rule.hpp"

#include <set>
#include <string>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.engagements.empty()))
        return; // no-engagements says so
    std::set<Method> methods;
    for (const Engagement& engagement : ctx.plan.engagements) {
        if (engagement.method.present())
            methods.insert(engagement.method.value);
    }
    if (methods.size() >= 2)
        return;
    if (methods.empty()) {
        ctx.report(ctx.plan_loc(),
                   "no engagement says which method it used, so the plan cannot show a variety "
                   "of ways for young people to take part");
    } else {
        ctx.report(ctx.plan_loc(), "the engagements use only one method (" +
                                       std::string(to_string(*methods.begin())) +
                                       "), so only the young people that method suits are heard");
    }
}

constexpr std::string_view indicators[] = {"MET-3"};

constexpr RuleInfo info{
    .code = "E353",
    .name = "single-method",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "methods",
    .indicators = indicators,
    .summary = "All the plan's engagements use one method, or none says which.",
    .rationale = "Each method suits some young people and shuts out others: a survey misses those "
                 "who do not read easily, a meeting misses those who will not speak in a room of "
                 "adults. Using a variety of methods is how a plan makes sure many voices are "
                 "heard, not only the usual ones.",
    .help = "Use at least two different methods across the plan's engagements, chosen to suit the "
            "groups involved, and record each one's `method:`.",
};

} // namespace

extern const RuleDefinition single_method{info, check};

} // namespace engage::rules
