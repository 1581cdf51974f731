// SPDX-License-Identifier: MIT
// E348 no-communication-channels: no forum or board says how it keeps in touch with its members.
#include "../flow/flow_text.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    bool any = false;
    for (const Body& body : ctx.plan.bodies) {
        // A list the loader could not read is its finding: not also "none recorded".
        any = any || (body.communication.written() && body.communication.invalid);
        for (const Text& item : body.communication.value) {
            if (!says_something(item))
                continue;
            any = true;
            ctx.evidence_by(item.loc, [&] {
                return the_body(body) + " keeps in touch with its members by " +
                       one_line(item.value);
            });
        }
    }
    if (any || ctx.plan.bodies.empty()) // no bodies at all is no-forums' finding
        return;
    ctx.report(ctx.plan_loc(), "no forum or board says how it keeps in touch with its members "
                               "between meetings");
}

constexpr std::string_view indicators[] = {"WT-3"};

constexpr RuleInfo info{
    .code = "E348",
    .name = "no-communication-channels",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "working-together",
    .indicators = indicators,
    .summary = "No forum or board says how it keeps in touch with its members.",
    .rationale = "Working together needs clear, regular communication between everyone taking "
                 "part. Young people hear about meetings, papers and decisions through the "
                 "channels a body keeps open (a group chat, a newsletter, a worker who calls "
                 "round); a plan that names none gives no sign that they hear at all between "
                 "meetings.",
    .help = "Add `communication:` to each forum and board, listing how it keeps in touch with "
            "its members (for example a WhatsApp group, a newsletter, meetings after school).",
};

} // namespace

extern const RuleDefinition no_communication_channels{info, check};

} // namespace engage::rules
