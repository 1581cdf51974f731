// SPDX-License-Identifier: MIT
// E313 no-independent-advocacy: the plan offers no independent advocacy, or the advocacy it
// names is provided by the plan's owner.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

/// Equal ignoring case and surrounding spaces.
bool same_text(std::string_view a, std::string_view b) {
    const auto trim = [](std::string_view s) {
        const auto first = s.find_first_not_of(" \t");
        if (first == std::string_view::npos)
            return std::string_view{};
        return s.substr(first, s.find_last_not_of(" \t") - first + 1);
    };
    return lowercase(trim(a)) == lowercase(trim(b));
}

void check(CheckContext& ctx) {
    const Plan& plan = ctx.plan;
    if (plan.advocacy.empty()) {
        ctx.report(ctx.plan_loc(), "the plan does not say where children and young people can "
                                   "get independent advocacy");
        return;
    }
    const Text& owner = plan.info.owner;
    const ById<Partner> partners(plan.partners);
    const ById<Group> groups(plan.groups);
    for (const Advocacy& advocacy : plan.advocacy) {
        const Partner* partner =
            says_something(advocacy.partner) ? partners.find(advocacy.partner.value) : nullptr;
        if (says_something(owner) &&
            ((says_something(advocacy.provider) &&
              same_text(advocacy.provider.value, owner.value)) ||
             (partner != nullptr && (same_text(partner->name.value, owner.value) ||
                                     same_text(partner->id.value, owner.value))))) {
            ctx.report(advocacy.loc, "the advocacy the plan offers is provided by " +
                                         trimmed_text(owner.value) +
                                         ", which owns the plan, so it is not independent of "
                                         "the services young people may want to challenge");
            continue;
        }
        if (advocacy.groups.value.empty())
            continue;
        ctx.evidence_by(advocacy.loc, [&] {
            std::string words = "independent advocacy";
            if (says_something(advocacy.provider))
                words += " from " + trimmed_text(advocacy.provider.value);
            else if (partner != nullptr)
                words += " from " + name_of(*partner);
            return words + " for " + names_of(groups, advocacy.groups);
        });
    }
}

constexpr std::string_view indicators[] = {"SUP-3"};

constexpr RuleInfo info{
    .code = "E313",
    .name = "no-independent-advocacy",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "support",
    .indicators = indicators,
    .summary = "The plan offers no independent advocacy, or the advocacy it names is provided by "
               "the plan's owner.",
    .rationale = "Some children and young people, especially those in care or in contact with "
                 "services, need someone independent of those services to help them say what they "
                 "think. The Support standard asks that independent support is available; a plan "
                 "that offers no advocacy, or only advocacy run by its own services, leaves those "
                 "children to speak alone to the adults whose decisions they may want to "
                 "challenge.",
    .help = "Add an `advocacy:` entry naming the `provider` (or its `partner` id), the `groups` it "
            "is for and how young people reach it (`access`). The provider must not be the plan's "
            "`owner`.",
};

} // namespace

extern const RuleDefinition no_independent_advocacy{info, check};

} // namespace engage::rules
