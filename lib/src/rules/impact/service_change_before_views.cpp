// SPDX-License-Identifier: MIT
// E386 service-change-before-views: a change recorded as the answer to an engagement is dated
// before the engagement took place.
#include "../rule.hpp"
#include "item_words.hpp"

#include <string>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const auto& as_of = ctx.as_of();
    for (const Engagement& e : ctx.plan.engagements) {
        for (const WeDid& change : e.we_did_details) {
            if (!says_something(change.what))
                continue;
            if (change.on.present() && e.date.present() && change.on.value < e.date.value) {
                ctx.report(change.on.loc, "the change \"" + short_text(change.what.value) +
                                              "\" after " + quoted_title(e.title, e.id) +
                                              " is dated " + change.on.value.to_string() +
                                              ", before the engagement itself on " +
                                              e.date.value.to_string());
                continue;
            }
            // Who made the change, and when (a date, if given, that has come).
            if (!says_something(change.by) || (change.on.written() && !is_past(change.on, as_of)))
                continue;
            ctx.evidence_by(change.loc, [&] {
                std::string words = "after " + quoted_title(e.title, e.id) + ", " +
                                    name_of_id(ctx.plan, change.by.value) +
                                    " made a change: " + short_text(change.what.value);
                if (change.on.present())
                    words += " (" + change.on.value.to_string() + ")";
                return words;
            });
        }
    }
}

constexpr std::string_view indicators[] = {"IMP-3"};

constexpr RuleInfo info{
    .code = "E386",
    .name = "service-change-before-views",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "A change recorded as the answer to an engagement is dated before the engagement "
               "took place.",
    .rationale = "Telling young people \"you said, we did\" is only honest when what was done "
                 "followed what they said. A change dated before they were asked may be a slip in "
                 "the record, or a change that was coming anyway; either way it is not yet "
                 "evidence that their views improved a service.",
    .help = "Check the change's `on:` date and the engagement's `date:`; if the change came "
            "first, record it elsewhere and keep `we_did:` for what the engagement changed.",
};

} // namespace

extern const RuleDefinition service_change_before_views{info, check};

} // namespace engage::rules
