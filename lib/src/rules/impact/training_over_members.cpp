// SPDX-License-Identifier: MIT
// E387 training-over-members: a body records more people completing a training than it has
// members.
#include "../rule.hpp"
#include "item_words.hpp"

#include <fmt/format.h>

#include <string>

namespace engage::rules {

namespace {

void check(CheckContext& ctx) {
    const auto& as_of = ctx.as_of();
    for (const Body& body : ctx.plan.bodies) {
        const Headcount& members = body.members;
        // Everyone who sits on the body: young people, and adults where counted.
        const bool counted = members.young_people.present();
        const int total = (counted ? members.young_people.value : 0) +
                          (members.adults.present() ? members.adults.value : 0);
        for (const Training& t : body.training.value) {
            if (counted && t.people.present() && t.people.value > total) {
                ctx.report(t.people.loc,
                           fmt::format("{} records {} people completing \"{}\", but it has only {} "
                                       "members",
                                       name_or_id(body.name, body.id), t.people.value,
                                       short_text(t.what.value), total));
                continue;
            }
            const bool completed = t.completed.present() && t.completed.value;
            if (!completed || !says_something(t.what) || (t.on.written() && !is_past(t.on, as_of)))
                continue;
            ctx.evidence_by(t.loc, [&] {
                std::string who =
                    t.people.present()
                        ? fmt::format("{} of {}", t.people.value, name_or_id(body.name, body.id))
                        : "members of " + name_or_id(body.name, body.id);
                std::string words = who + " completed " + short_text(t.what.value);
                if (t.on.present())
                    words += " on " + t.on.value.to_string();
                return words;
            });
        }
    }
}

constexpr std::string_view indicators[] = {"IMP-4"};

constexpr RuleInfo info{
    .code = "E387",
    .name = "training-over-members",
    .family = RuleFamily::evidence,
    .severity = Severity::warning,
    .standard = "impact",
    .indicators = indicators,
    .summary = "A body records more people completing a training than it has members.",
    .rationale = "Training is how young people gain the skills and confidence to take part again, "
                 "and the numbers who complete it are part of the plan's evidence. A count larger "
                 "than the body itself contradicts the plan's own record, and makes the rest of "
                 "it harder to trust.",
    .help = "Correct the training's `people:` or the body's `members:`; if people have joined and "
            "left since, bring `members:` up to date.",
};

} // namespace

extern const RuleDefinition training_over_members{info, check};

} // namespace engage::rules
