// SPDX-License-Identifier: MIT
// E389 no-public-feedback: the plan records changes made after young people's views, but no
// publication telling the wider community about them.
#include "../rule.hpp"
#include "item_words.hpp"

#include <algorithm>
#include <string>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    bool any = false;
    for (const Publication& p : ctx.plan.publications) {
        if (!p.is_public() || !p.what.present() ||
            (p.what.value != PublicationKind::changes && p.what.value != PublicationKind::feedback))
            continue;
        any = true;
        ctx.evidence_by(p.loc, [&] {
            std::string words =
                quoted_title(p.title, p.id) + " tells the wider community what changed";
            if (says_something(p.where))
                words += ", at " + short_text(p.where.value);
            return words;
        });
    }
    // Advice only once something has changed: a plan that records no change yet has nothing to
    // tell (the assessment still shows IMP-6 without evidence).
    const bool changed = std::any_of(ctx.plan.engagements.begin(), ctx.plan.engagements.end(),
                                     [](const Engagement& e) { return says_something(e.we_did); });
    if (any || !changed)
        return;
    ctx.report(ctx.plan_loc(), "the plan records changes made after children and young people's "
                               "views, but no public account of them");
}

constexpr std::string_view indicators[] = {"IMP-6"};

constexpr RuleInfo info{
    .code = "E389",
    .name = "no-public-feedback",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "impact",
    .indicators = indicators,
    .summary = "The plan records changes made after young people's views, but no publication "
               "telling the wider community about them.",
    .rationale = "Telling the wider community how young people's views shaped decisions shows "
                 "other children, families and partners that taking part makes a difference, and "
                 "holds the partnership to what it said it would do.",
    .help = "List under `publications:` the public \"you said, we did\" page, report or "
            "newsletter (`what: changes` or `feedback`, `public: true`).",
};

} // namespace

extern const RuleDefinition no_public_feedback{info, check};

} // namespace engage::rules
