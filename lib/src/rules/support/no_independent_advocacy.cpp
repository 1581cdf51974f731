// E313 no-independent-advocacy: no group or body has independent advocacy among its support.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
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

constexpr std::string_view indicators[] = {"SUP-3"};

constexpr RuleInfo info{
    .code = "E313",
    .name = "no-independent-advocacy",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "support",
    .indicators = indicators,
    .summary = "No group or body has independent advocacy among its support.",
    .rationale = "Some children and young people, especially those in care or in contact with "
                 "services, need someone independent of those services to help them say what they "
                 "think. The Support standard asks that independent support is available; a plan "
                 "that never mentions advocacy leaves those children to speak alone to the adults "
                 "whose decisions they may want to challenge.",
    .help = "Add independent advocacy (for example an advocacy service or an independent "
            "advocate) to the `support` of the groups or bodies that need it.",
};

} // namespace

extern const RuleDefinition no_independent_advocacy{info, check};

} // namespace engage::rules
