// SPDX-License-Identifier: MIT
// E308 minority-view-unanswered: an engagement records minority views, some of which have no
// recorded response.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

/// Equal ignoring case and surrounding white space: a view and its `declined` entry.
bool same_view(std::string_view a, std::string_view b) {
    const auto trim = [](std::string_view s) {
        const auto first = s.find_first_not_of(" \t\r\n");
        if (first == std::string_view::npos)
            return std::string_view{};
        return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
    };
    return lowercase(trim(a)) == lowercase(trim(b));
}

/// Answered: a response that says something, or declined with a reason given.
bool answered(const MinorityView& view, const Engagement& engagement) {
    if (says_something(view.response))
        return true;
    for (const Declined& declined : engagement.declined.value) {
        if (says_something(declined.reason) && same_view(declined.view.value, view.view.value))
            return true;
    }
    return false;
}

void check(CheckContext& ctx) {
    for (const Engagement& engagement : ctx.plan.engagements) {
        std::size_t views = 0;
        std::size_t unanswered = 0;
        for (const MinorityView& view : engagement.minority_views_details) {
            if (!says_something(view.view))
                continue;
            ++views;
            if (!answered(view, engagement))
                ++unanswered;
        }
        if (views == 0)
            continue;
        if (unanswered > 0) {
            ctx.report(engagement.minority_views.loc,
                       views == 1 ? "the minority view recorded at " + name_of(engagement) +
                                        " has no recorded response"
                                  : std::to_string(unanswered) + " of the " +
                                        std::to_string(views) + " minority views recorded at " +
                                        name_of(engagement) + " have no recorded response");
            continue;
        }
        if (!dated_by(engagement.fed_back_on, ctx.as_of()))
            continue;
        ctx.evidence_by(engagement.minority_views.loc, [&] {
            return "every minority view recorded at " + name_of(engagement) +
                   " was answered, and those who took part were told on " +
                   engagement.fed_back_on.value.to_string();
        });
    }
}

constexpr std::string_view indicators[] = {"INC-4", "COM-5"};

constexpr RuleInfo info{
    .code = "E308",
    .name = "minority-view-unanswered",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "inclusion",
    .indicators = indicators,
    .summary = "An engagement records minority views, some of which have no recorded response.",
    .rationale = "Recording the views of the few is a start; valuing them means saying what was "
                 "done about each, or why nothing was. Children and young people who disagreed "
                 "with most should hear that their view was weighed, not only that the majority "
                 "won.",
    .help = "Write each of the engagement's `minority_views` as `{view: ..., response: ...}`, or "
            "list the view under `declined` with the `reason` it was not acted on.",
};

} // namespace

extern const RuleDefinition minority_view_unanswered{info, check};

} // namespace engage::rules
