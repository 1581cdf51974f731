// SPDX-License-Identifier: MIT
// E306 no-minority-views: no engagement records minority or opposing views.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    bool any = false;
    for (const Engagement& engagement : ctx.plan.engagements) {
        if (!says_something(engagement.minority_views))
            continue;
        any = true;
        ctx.evidence_by(engagement.minority_views.loc, [&] {
            const std::vector<std::string> views = said(engagement.minority_views);
            return name_of(engagement) +
                   " records views that differed from most: " + words_list(views);
        });
    }
    if (any)
        return;
    if (ctx.plan.engagements.empty()) {
        ctx.report(ctx.plan_loc(), "the plan records no engagements, so no minority or opposing "
                                   "views are recorded");
        return;
    }
    ctx.report(ctx.plan_loc(), "none of the plan's engagements records minority or opposing views");
}

// Whether the views were answered (COM-5) is minority-view-unanswered's to show.
constexpr std::string_view indicators[] = {"INC-4"};

constexpr RuleInfo info{
    .code = "E306",
    .name = "no-minority-views",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "inclusion",
    .indicators = indicators,
    .summary = "No engagement records minority or opposing views.",
    .rationale = "The Inclusion standard asks that minority and opposing views are valued, not "
                 "lost in a summary of what most people said. When no engagement records the "
                 "views of the few, children and young people who disagree, or whose experience "
                 "is different, disappear from the record that decisions are based on.",
    .help = "Record under an engagement's `minority_views` the views that differed from most "
            "people's.",
};

} // namespace

extern const RuleDefinition no_minority_views{info, check};

} // namespace engage::rules
