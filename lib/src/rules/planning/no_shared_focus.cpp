// SPDX-License-Identifier: MIT
// E331 no-shared-focus: the plan does not record its focus being set by partners together.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const auto& involvement = ctx.plan.info.involvement;
    if (involvement.value.empty()) {
        ctx.report(involvement.written() ? involvement.loc : ctx.plan_loc(),
                   "the plan does not record who set its focus at the start");
        return;
    }
    const Parties parties(ctx.plan);
    bool any = false;
    for (const Involvement& item : involvement.value) {
        if (!item.stage.present() || item.stage.value != InvolvementStage::focus)
            continue;
        any = true;
        const std::vector<std::string> names =
            parties.names(item.bodies, item.groups, item.partners);
        if (names.size() >= 2) {
            ctx.evidence_by(item.loc, [&] {
                std::string words = "the plan's focus was set together by " + words_list(names);
                if (item.date.present())
                    words += " on " + item.date.value.to_string();
                return words;
            });
            continue;
        }
        ctx.report(item.loc, names.empty()
                                 ? "the plan records a stage where its focus was set, but not "
                                   "who set it"
                                 : "the plan's focus was set by " + names.front() +
                                       " alone, not by partners together");
    }
    if (!any)
        ctx.report(involvement.loc, "the plan does not record who set its focus at the start");
}

constexpr std::string_view indicators[] = {"PLA-1"};

constexpr RuleInfo info{
    .code = "E331",
    .name = "no-shared-focus",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "planning",
    .indicators = indicators,
    .summary = "The plan does not record its focus being set by partners together.",
    .rationale = "The Planning standard asks that partners, children and young people among "
                 "them, define together at the start what the engagement will focus on. A focus "
                 "set by one service alone reflects what that service already thinks matters.",
    .help = "Record under the plan's `involvement` a `stage: focus` entry naming the `partners`, "
            "`bodies` and `groups` who set the focus together, with its `date` and `how`.",
};

} // namespace

extern const RuleDefinition no_shared_focus{info, check};

} // namespace engage::rules
