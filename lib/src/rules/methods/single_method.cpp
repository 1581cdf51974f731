// E353 single-method: every engagement with a method uses the same one (or none says).
#include "../check_context.hpp"
#include "../checks.hpp"

#include <set>
#include <string>

namespace engage::detail {

void check_single_method(CheckContext& ctx) {
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

} // namespace engage::detail
