// SPDX-License-Identifier: MIT
// E388 review-not-held: the plan's review is recorded as held, but not with children or young
// people.
#include "../rule.hpp"
#include "item_words.hpp"

#include <string>
#include <vector>

namespace engage::rules {

namespace {

/// A forum for children, or a body with young people among its members.
bool is_young_peoples_body(const Body& body) {
    if (body.is(BodyKind::forum) && !body.is_for_adults())
        return true;
    return body.members.young_people.present() && body.members.young_people.value > 0;
}

void check(CheckContext& ctx) {
    const Review& review = ctx.plan.info.review;
    if (!is_past(review.held_on, ctx.as_of()))
        return;
    const ById<Body> bodies(ctx.plan.bodies);
    const ById<Group> groups(ctx.plan.groups);
    std::vector<std::string> young;
    for (const Text& id : review.bodies.value)
        if (const Body* b = bodies.find(id.value); b != nullptr && is_young_peoples_body(*b))
            young.push_back(name_or_id(b->name, b->id));
    for (const Text& id : review.groups.value)
        if (const Group* g = groups.find(id.value); g != nullptr && !g->is_adults())
            young.push_back(name_or_id(g->name, g->id));
    const std::string held = review.held_on.value.to_string();
    if (young.empty()) {
        ctx.report(review.held_on.loc, "the plan's review on " + held +
                                           " is not recorded as including children or young "
                                           "people");
        return;
    }
    if (constexpr std::size_t shown = 5; young.size() > shown) {
        const std::size_t more = young.size() - shown;
        young.resize(shown);
        young.push_back(std::to_string(more) + " more");
    }
    ctx.evidence(review.held_on.loc,
                 "the plan was reviewed on " + held + " with " + and_list(young));
}

constexpr std::string_view indicators[] = {"IMP-5"};

constexpr RuleInfo info{
    .code = "E388",
    .name = "review-not-held",
    .family = RuleFamily::evidence,
    .severity = Severity::info,
    .standard = "impact",
    .indicators = indicators,
    .summary = "The plan's review is recorded as held, but not with children or young people.",
    .rationale = "Children and young people have a right to help judge whether the plan did "
                 "what it promised. A review held by adults alone leaves out the people the plan "
                 "is for, and what they would have said about it.",
    .help = "Under `review:`, list the young people's forums (`bodies:`) or `groups:` that took "
            "part in the review held on `held_on:`.",
};

} // namespace

extern const RuleDefinition review_not_held{info, check};

} // namespace engage::rules
