// SPDX-License-Identifier: MIT
// E304 no-forums: the plan has no forum where children and young people come together to speak.
#include "../plan_names.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    bool any = false;
    for (const Body& body : ctx.plan.bodies) {
        if (!is_childrens_forum(body)) // a parent carer forum is not children's own place
            continue;
        any = true;
        ctx.evidence_by(body.loc, [&] {
            return name_of(body) + " is a forum where children and young people meet to speak";
        });
    }
    if (!any)
        ctx.report(ctx.plan_loc(), "the plan has no forum where children and young people come "
                                   "together to speak for themselves");
}

constexpr std::string_view indicators[] = {"INC-2"};

constexpr RuleInfo info{
    .code = "E304",
    .name = "no-forums",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "inclusion",
    .indicators = indicators,
    .summary = "The plan has no forum where children and young people come together to speak.",
    .rationale = "Boards take decisions, but children and young people need a place of their own "
                 "where they can form and share their views, such as a youth council, a pupil "
                 "forum or a children in care council. Without a forum, their voice depends on "
                 "one-off consultations and adults speaking for them.",
    .help = "Add a body with `kind: forum` for each place where children and young people meet to "
            "speak (a forum with `for: adults`, such as a parent carer forum, does not count).",
};

} // namespace

extern const RuleDefinition no_forums{info, check};

} // namespace engage::rules
