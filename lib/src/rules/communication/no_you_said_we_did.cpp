// E361 no-you-said-we-did: an engagement does not record what was done about what young people
// said.
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    if (!ctx.applies_when(!ctx.plan.engagements.empty()))
        return;
    for (const Engagement& e : ctx.plan.engagements) {
        if (!e.we_did.value.empty())
            continue;
        if (!e.you_said.value.empty()) {
            ctx.report(e.loc, "the engagement `" + e.id.value +
                                  "` records what those taking part said but not what was done "
                                  "about it");
        } else {
            ctx.report(e.loc, "the engagement `" + e.id.value +
                                  "` records neither what those taking part said nor what was "
                                  "done about it");
        }
    }
}

constexpr std::string_view indicators[] = {"COM-6", "IMP-2"};

constexpr RuleInfo info{
    .code = "E361",
    .name = "no-you-said-we-did",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "communication",
    .indicators = indicators,
    .summary = "An engagement does not record what was done about what young people said.",
    .rationale = "Children and young people give their time and views because they expect "
                 "something to happen. Writing down \"you said\" beside \"we did\" shows that "
                 "their views were heard and acted on; an engagement that records views with no "
                 "response, or records neither, gives no evidence that taking part made any "
                 "difference, and young people soon stop coming.",
    .help = "Add `you_said:` with what young people told you and `we_did:` with what changed as a "
            "result (or why it could not).",
};

} // namespace

extern const RuleDefinition no_you_said_we_did{info, check};

} // namespace engage::rules
