// E343 placeholder-lead: an action whose lead is a placeholder ("TBC", "CLD?") not a real lead.
#include "../check_context.hpp"
#include "../checks.hpp"

#include <algorithm>
#include <string>
#include <string_view>

namespace engage::detail {

namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

bool is_placeholder(std::string_view lead) {
    static constexpr std::string_view words[] = {"tbc",     "tbd",  "tba",  "?",       "-",
                                                 "n/a",     "na",   "none", "unknown", "lead",
                                                 "someone", "todo", "xxx"};
    const std::string_view text = trimmed(lead);
    if (text.empty())
        return false; // a blank lead is action-without-lead's finding
    if (text.back() == '?')
        return true;
    const std::string lowered = lowercase(text);
    for (std::string_view word : words) {
        if (lowered == word)
            return true;
    }
    return false;
}

} // namespace

void check_placeholder_lead(CheckContext& ctx) {
    if (!ctx.applies_when(std::any_of(ctx.plan.actions.begin(), ctx.plan.actions.end(),
                                      [](const auto& x) { return x.lead.present(); })))
        return;
    for (const Action& action : ctx.plan.actions) {
        if (action.lead.present() && is_placeholder(action.lead.value)) {
            ctx.report(action.lead.loc, "the lead of the action `" + action.id.value + "` is \"" +
                                            std::string(trimmed(action.lead.value)) +
                                            "\", a placeholder rather than a named lead");
        }
    }
}

} // namespace engage::detail
