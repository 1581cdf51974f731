// SPDX-License-Identifier: MIT
// E332 plan-not-agreed: the plan has a purpose but does not record who agreed it.
#include "../plan_names.hpp"
#include "../rule.hpp"

#include <optional>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const auto& involvement = ctx.plan.info.involvement;
    bool any = false;
    const std::optional<Parties> parties =
        involvement.value.empty() ? std::nullopt : std::optional<Parties>(ctx.plan);
    for (const Involvement& item : involvement.value) {
        if (!item.stage.present() || item.stage.value != InvolvementStage::agreement)
            continue;
        any = true;
        ctx.evidence_by(item.loc, [&] {
            const std::vector<std::string> names =
                parties->names(item.bodies, item.groups, item.partners);
            std::string words = "the plan was agreed";
            if (!names.empty())
                words += " by " + words_list(names);
            if (item.date.present())
                words += " on " + item.date.value.to_string();
            return words;
        });
    }
    // A plan with no purpose has nothing to agree yet: no-purpose says so.
    if (!any && says_something(ctx.plan.info.purpose))
        ctx.report(involvement.written() ? involvement.loc : ctx.plan_loc(),
                   "the plan does not record that the partners agreed it");
}

constexpr std::string_view indicators[] = {"PLA-2"};

constexpr RuleInfo info{
    .code = "E332",
    .name = "plan-not-agreed",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "planning",
    .indicators = indicators,
    .summary = "The plan has a purpose but does not record who agreed it.",
    .rationale = "The Planning standard asks for a clear plan agreed by the partners. A plan one "
                 "service wrote and nobody else signed up to binds nobody else; recording who "
                 "agreed it, young people among them, tells everyone who has promised to act.",
    .help = "Record under the plan's `involvement` a `stage: agreement` entry naming the "
            "`partners`, `bodies` and `groups` who agreed the plan, with its `date`.",
};

} // namespace

extern const RuleDefinition plan_not_agreed{info, check};

} // namespace engage::rules
