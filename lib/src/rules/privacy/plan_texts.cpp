// SPDX-License-Identifier: MIT
#include "plan_texts.hpp"

#include <initializer_list>

namespace engage::rules {

namespace {

using Visit = std::function<void(const Text&)>;

void texts(const Visit& visit, std::initializer_list<const Text*> items) {
    for (const Text* item : items)
        visit(*item);
}

void lists(const Visit& visit, std::initializer_list<const TextList*> items) {
    for (const TextList* list : items) {
        for (const Text& item : list->value)
            visit(item);
    }
}

void visit_info(const PlanInfo& info, const Visit& visit) {
    texts(visit, {&info.id, &info.title, &info.area, &info.owner, &info.purpose, &info.framework});
    for (const Principle& principle : info.principles)
        texts(visit, {&principle.name, &principle.description});
    texts(visit, {&info.review.how, &info.review.when});
    lists(visit, {&info.review.learning, &info.needs});
    for (const Involvement& involvement : info.involvement.value)
        texts(visit, {&involvement.how});
    for (const Outcome& outcome : info.outcomes.value) {
        texts(visit, {&outcome.id, &outcome.title});
        lists(visit, {&outcome.indicators});
        for (const OutcomeResult& result : outcome.results.value)
            texts(visit, {&result.value, &result.source});
    }
    lists(visit, {&info.resources});
}

} // namespace

void for_each_text(const Plan& plan, const Visit& visit) {
    visit_info(plan.info, visit);
    for (const Partner& partner : plan.partners)
        texts(visit, {&partner.id, &partner.name, &partner.role});
    for (const Group& group : plan.groups) {
        texts(visit, {&group.id, &group.name});
        lists(visit, {&group.barriers, &group.support});
        texts(visit, {&group.needs_assessed.how});
    }
    for (const Body& body : plan.bodies) {
        texts(visit, {&body.id, &body.name});
        lists(visit, {&body.groups, &body.partners, &body.support});
        for (const Link& link : body.feeds_into.value)
            texts(visit, {&link.to, &link.how, &link.feedback});
        texts(visit, {&body.chair, &body.terms_of_reference});
        lists(visit, {&body.preparation, &body.communication});
        for (const Training& training : body.training.value)
            texts(visit, {&training.what});
    }
    for (const Action& action : plan.actions) {
        texts(visit, {&action.id, &action.title, &action.priority, &action.lead, &action.notes});
        lists(visit, {&action.standards, &action.indicators, &action.outcomes, &action.bodies,
                      &action.groups, &action.partners});
    }
    for (const Engagement& engagement : plan.engagements) {
        texts(visit, {&engagement.id, &engagement.title});
        lists(visit,
              {&engagement.bodies, &engagement.groups, &engagement.partners, &engagement.outcomes,
               &engagement.you_said, &engagement.we_did, &engagement.minority_views,
               &engagement.adaptations, &engagement.learning, &engagement.preparation});
        // The long forms' other texts (their main texts are in the lists above).
        for (const MinorityView& view : engagement.minority_views_details)
            texts(visit, {&view.response});
        for (const Declined& declined : engagement.declined.value)
            texts(visit, {&declined.view, &declined.reason});
    }
    for (const Commitment& commitment : plan.commitments) {
        texts(visit, {&commitment.id, &commitment.by, &commitment.commitment});
        lists(visit, {&commitment.groups, &commitment.bodies});
    }
    for (const Publication& publication : plan.publications)
        texts(visit, {&publication.id, &publication.title, &publication.where});
    for (const Channel& channel : plan.channels)
        texts(visit, {&channel.id, &channel.name});
    for (const Advocacy& advocacy : plan.advocacy) {
        texts(visit, {&advocacy.provider});
        lists(visit, {&advocacy.access});
    }
    for (const SelfAssessment& assessment : plan.standards) {
        texts(visit, {&assessment.key});
        lists(visit, {&assessment.evidence});
    }
}

} // namespace engage::rules
