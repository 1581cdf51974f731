// SPDX-License-Identifier: MIT
// E385 outcome-without-result: the plan's period has ended and an outcome records no result.
#include "../rule.hpp"
#include "item_words.hpp"

#include <algorithm>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const auto& as_of = ctx.as_of();
    const Period& period = ctx.plan.info.period;
    const bool ended = as_of && period.to.present() && period.to.value < *as_of;
    for (const Outcome& o : ctx.plan.info.outcomes.value) {
        const auto& results = o.results.value;
        for (const OutcomeResult& r : results) {
            if (!says_something(r.value) || !is_past(r.date, as_of))
                continue;
            ctx.evidence_by(r.loc, [&] {
                std::string words = quoted_title(o.title, o.id) + ": " + short_text(r.value.value) +
                                    " (" + r.date.value.to_string();
                if (says_something(r.source))
                    words += ", " + short_text(r.source.value);
                return words + ")";
            });
        }
        if (!ended || std::any_of(results.begin(), results.end(),
                                  [](const OutcomeResult& r) { return says_something(r.value); }))
            continue;
        ctx.report(o.loc, "the plan ended on " + period.to.value.to_string() +
                              " but records no result for the outcome " +
                              quoted_title(o.title, o.id));
    }
}

constexpr std::string_view indicators[] = {"IMP-1"};

constexpr RuleInfo info{
    .code = "E385",
    .name = "outcome-without-result",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "The plan's period has ended and an outcome records no result.",
    .rationale = "An outcome is what the plan promised children and young people would change. "
                 "Once the plan has run its course, an outcome with nothing measured against it "
                 "cannot show whether that promise was kept, and young people cannot be told.",
    .help = "Add `results:` to the outcome with what was measured (`value`), when (`date`) and "
            "where it comes from (`source`).",
};

} // namespace

extern const RuleDefinition outcome_without_result{info, check};

} // namespace engage::rules
