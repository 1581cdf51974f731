// SPDX-License-Identifier: MIT
// E307 no-early-involvement: the plan does not record children and young people helping to shape
// it at the start.
#include "../plan_names.hpp"
#include "../rule.hpp"

#include <vector>

namespace engage::rules {

namespace {

/// The children's forums and children's groups an involvement names.
std::vector<std::string> children_named(const Involvement& involvement, const Parties& parties) {
    std::vector<std::string> out;
    for (const Text& id : involvement.bodies.value) {
        const Body* body = parties.bodies.find(id.value);
        if (body != nullptr && is_childrens_forum(*body))
            out.push_back(name_of(*body));
    }
    for (const Text& id : involvement.groups.value) {
        const Group* group = parties.groups.find(id.value);
        if (group != nullptr && !group->is_adults())
            out.push_back(name_of(*group));
    }
    return out;
}

void check(CheckContext& ctx) {
    const auto& involvement = ctx.plan.info.involvement;
    if (involvement.value.empty()) {
        ctx.report(involvement.written() ? involvement.loc : ctx.plan_loc(),
                   "the plan does not record who helped make it, so it does not show children "
                   "and young people shaping it from the start");
        return;
    }
    const Parties parties(ctx.plan);
    const Involvement* first = nullptr; // the earliest dated early involvement with children
    bool any = false;
    bool all_dated = true;
    for (const Involvement& item : involvement.value) {
        if (!item.stage.present() || item.stage.value == InvolvementStage::agreement)
            continue;
        const std::vector<std::string> children = children_named(item, parties);
        if (children.empty())
            continue;
        any = true;
        if (!item.date.present())
            all_dated = false;
        else if (first == nullptr || item.date.value < first->date.value)
            first = &item;
        ctx.evidence_by(item.loc, [&] {
            std::string words = words_list(children) + " helped shape the plan at the " +
                                std::string(to_string(item.stage.value)) + " stage";
            if (item.date.present())
                words += " on " + item.date.value.to_string();
            if (says_something(item.how))
                words += ": " + trimmed_text(item.how.value);
            return words;
        });
    }
    if (!any) {
        ctx.report(involvement.loc, "children and young people are not recorded as helping shape "
                                    "the plan at the start, when its focus was set or it was "
                                    "drafted");
        return;
    }
    const Located<Date>& from = ctx.plan.info.period.from;
    if (all_dated && first != nullptr && from.present() && from.value < first->date.value)
        ctx.report(first->date.loc, "children and young people were first involved in making the "
                                    "plan on " +
                                        first->date.value.to_string() +
                                        ", after the plan began on " + from.value.to_string());
}

constexpr std::string_view indicators[] = {"INC-1"};

constexpr RuleInfo info{
    .code = "E307",
    .name = "no-early-involvement",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "inclusion",
    .indicators = indicators,
    .summary = "The plan does not record children and young people helping to shape it at the "
               "start.",
    .rationale = "The Inclusion standard asks that the people affected are involved from the "
                 "earliest stage. When children and young people only see a plan once adults "
                 "have set its focus and written it, they can comment on it but not shape it, and "
                 "what matters most to them may never be on the table.",
    .help = "Record under the plan's `involvement` each stage children and young people took part "
            "in: `stage: focus` or `stage: drafting`, with the `date`, the forums (`bodies`) or "
            "`groups` involved and `how`.",
};

} // namespace

extern const RuleDefinition no_early_involvement{info, check};

} // namespace engage::rules
