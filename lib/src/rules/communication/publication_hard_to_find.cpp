// SPDX-License-Identifier: MIT
// E366 publication-hard-to-find: a publication does not say where people can find it.
#include "../impact/item_words.hpp"
#include "../rule.hpp"

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    for (const Publication& p : ctx.plan.publications) {
        if (!says_something(p.where)) {
            ctx.report(p.loc, "the publication " + quoted_title(p.title, p.id) +
                                  " does not say where people can find it");
            continue;
        }
        if (!is_past(p.date, ctx.as_of()))
            continue;
        ctx.evidence_by(p.where.loc, [&] {
            return quoted_title(p.title, p.id) + " was published on " + p.date.value.to_string() +
                   " and can be found at " + short_text(p.where.value);
        });
    }
}

constexpr std::string_view indicators[] = {"COM-1"};

constexpr RuleInfo info{
    .code = "E366",
    .name = "publication-hard-to-find",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "communication",
    .indicators = indicators,
    .summary = "A publication does not say where people can find it.",
    .rationale = "Information about the engagement and what happened as a result is only useful "
                 "if children, young people and their families can find it. A report, a \"you "
                 "said, we did\" page or a set of minutes that nobody knows where to look for "
                 "tells nobody anything.",
    .help = "Add `where:` to the publication (a web page, a noticeboard, a newsletter) and the "
            "`date:` it was published.",
};

} // namespace

extern const RuleDefinition publication_hard_to_find{info, check};

} // namespace engage::rules
