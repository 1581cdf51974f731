// SPDX-License-Identifier: MIT
// E328 no-resources: the plan names no resources to carry it out.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const TextList& resources = ctx.plan.info.resources;
    bool any = false;
    for (const Resource& resource : ctx.plan.info.resources_details) {
        if (!says_something(resource.what))
            continue;
        any = true;
        ctx.evidence_by(resource.loc, [&] {
            return "the plan has resources: " + trimmed_text(resource.what.value);
        });
    }
    if (any)
        return;
    ctx.report(resources.written() ? resources.loc : ctx.plan_loc(),
               "the plan names no resources, such as staff, time or money, to carry it out");
}

constexpr std::string_view indicators[] = {"PLA-6"};

constexpr RuleInfo info{
    .code = "E328",
    .name = "no-resources",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "planning",
    .indicators = indicators,
    .summary = "The plan names no resources to carry it out.",
    .rationale = "The Planning standard asks that sufficient resources are in place. "
                 "Participation needs staff time, travel and venue costs, accessible materials "
                 "and sometimes advocacy; a plan that names no resources makes promises to "
                 "children and young people that nobody has agreed to pay for.",
    .help = "List under the plan's `resources:` the staff, time and money that carry out the plan.",
};

} // namespace

extern const RuleDefinition no_resources{info, check};

} // namespace engage::rules
