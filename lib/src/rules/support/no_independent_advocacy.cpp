// E313 no-independent-advocacy: no group or body support mentions advocacy.
#include "../check_context.hpp"
#include "../checks.hpp"

namespace engage::detail {

void check_no_independent_advocacy(CheckContext& ctx) {
    std::vector<const TextList*> support;
    for (const Group& group : ctx.plan.groups)
        support.push_back(&group.support);
    for (const Body& body : ctx.plan.bodies)
        support.push_back(&body.support);
    if (mentions_any(support, {"advoca"}))
        return;
    // An advocacy service may be a body of the plan in its own right (Dundee's is).
    for (const Body& body : ctx.plan.bodies) {
        if (lowercase(body.name.value).find("advoca") != std::string::npos ||
            body.id.value.find("advoca") != std::string::npos)
            return;
    }
    ctx.report(ctx.plan_loc(),
               "no group or body offers independent advocacy: no body is an advocacy "
               "service and the support listed never mentions advocacy or an advocate");
}

} // namespace engage::detail
