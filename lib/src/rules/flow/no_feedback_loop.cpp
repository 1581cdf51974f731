// SPDX-License-Identifier: MIT
// F204 no-feedback-loop: a `feeds_into` link that does not say how the receiving body reports back.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

std::string way_back_words(const Body& from, const Body& to, const Link& link) {
    std::string words;
    if (says_something(link.feedback))
        words = name_of(to) + " reports back to " + name_of(from) + ": " +
                trimmed_text(link.feedback.value);
    if (link.seats.present() && link.seats.value > 0) {
        if (!words.empty())
            words += "; ";
        words += std::to_string(link.seats.value) + " member" +
                 (link.seats.value == 1 ? " of " : "s of ") + name_of(from) + " sit" +
                 (link.seats.value == 1 ? "s" : "") + " on " + name_of(to);
    }
    return words;
}

void check(CheckContext& ctx) {
    const FlowGraph& graph = ctx.graph();
    for (const FlowLink& link : graph.links()) {
        const Body& from = graph.body(link.from);
        const Body& to = graph.body(link.to);
        // An adults' forum (`for: adults`) carries adults' views, not children's.
        if (from.is_for_adults())
            continue;
        // Members who sit on the receiving body carry its answers back themselves.
        // A placeholder ("none", "TBC") says no way back.
        const bool seats = link.link->seats.present() && link.link->seats.value > 0;
        if (says_something(link.link->feedback) || seats) {
            ctx.evidence_by(link.link->loc, [&] { return way_back_words(from, to, *link.link); });
            continue;
        }
        ctx.report(link.link->loc, "views from " + name_of(from) + " go to " + name_of(to) +
                                       ", but the plan does not say how " + name_of(to) +
                                       " reports back to " + name_of(from));
    }
}

constexpr std::string_view indicators[] = {"INC-3"};

constexpr RuleInfo info{
    .code = "F204",
    .name = "no-feedback-loop",
    .family = RuleFamily::flow,
    .severity = Severity::warning,
    .standard = "inclusion",
    .indicators = indicators,
    .summary = "A `feeds_into` link that does not say how the receiving body reports back.",
    .rationale = "Young people who give their views need to hear what happened to them; that is "
                 "Lundy's Influence and the heart of \"you said, we did\". A link with no way "
                 "back leaves a forum speaking into silence.",
    .help = "Write the long form of the link, `{to: ..., feedback: ...}`, saying how and when the "
            "body answers, or give the forum's `seats` on the body it feeds.",
};

} // namespace

extern const RuleDefinition no_feedback_loop{info, check};

} // namespace engage::rules
