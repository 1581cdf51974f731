// F204 no-feedback-loop: a `feeds_into` link that does not say how the receiving body reports back.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const FlowGraph& graph = ctx.graph();
    if (!ctx.applies_when(!graph.links().empty()))
        return;
    for (const FlowLink& link : graph.links()) {
        if (link.has_feedback())
            continue;
        const std::string& from = graph.body(link.from).id.value;
        const std::string& to = graph.body(link.to).id.value;
        ctx.report(link.link->loc, "the link from `" + from + "` to `" + to +
                                       "` does not say how `" + to + "` reports back to `" + from +
                                       "` (`feedback`)");
    }
}

constexpr std::string_view indicators[] = {"INC-3", "COM-6"};

constexpr RuleInfo info{
    .code = "F204",
    .name = "no-feedback-loop",
    .family = RuleFamily::flow,
    .severity = Severity::warning,
    .standard = "communication",
    .indicators = indicators,
    .summary = "A `feeds_into` link that does not say how the receiving body reports back.",
    .rationale = "Young people who give their views need to hear what happened to them; that is "
                 "Lundy's Influence and the heart of \"you said, we did\". A link with no way "
                 "back leaves a forum speaking into silence.",
    .help = "Write the long form of the link, `{to: ..., feedback: ...}`, saying how and when the "
            "body answers.",
};

} // namespace

extern const RuleDefinition no_feedback_loop{info, check};

} // namespace engage::rules
