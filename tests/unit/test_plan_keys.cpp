// SPDX-License-Identifier: MIT
// The plan keys added for issue 16 (notes/FORMAT-ADDITIONS.md), read into the
// model with their places. Their mistakes: test_plan_keys_errors.cpp.
#include "test_support.hpp"

#include <engage/load.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace engage;
using engage::test::load;
using engage::test::places;
using engage::test::where;

namespace {

/// A plan using every new key, which the plan schema accepts too.
const std::string& every_new_key() {
    static const std::string text = test::read_source("tests/fixtures/plans/every-new-key.yaml");
    return text;
}

std::string at(const SourceLoc& loc) {
    return std::to_string(loc.line) + ":" + std::to_string(loc.column);
}

} // namespace

TEST_CASE("a plan using every new key loads without a finding") {
    const LoadedPlan loaded = load(every_new_key());
    CHECK(places(loaded.findings).empty());
}

TEST_CASE("plan involvement and review are read with their places") {
    const std::string_view text = every_new_key();
    const LoadedPlan loaded = load(every_new_key());
    const PlanInfo& info = loaded.plan.info;
    REQUIRE(info.involvement.value.size() == 2);
    CHECK(at(info.involvement.loc) == where(text, "- stage: focus"));
    const Involvement& focus = info.involvement.value[0];
    CHECK(focus.stage.value == InvolvementStage::focus);
    CHECK(at(focus.stage.loc) == where(text, "focus"));
    CHECK(at(focus.loc) == where(text, "stage: focus"));
    CHECK(focus.date.value.to_string() == "2022-01-15");
    CHECK(at(focus.date.loc) == where(text, "2022-01-15"));
    CHECK(focus.bodies.value.at(0).value == "forum");
    CHECK(focus.groups.value.at(0).value == "ceyp");
    CHECK(focus.partners.value.at(0).value == "education");
    CHECK(at(focus.partners.value.at(0).loc) == where(text, "education]"));
    CHECK(focus.how.value == "joint workshop to set the priorities");
    CHECK(info.involvement.value[1].stage.value == InvolvementStage::agreement);
    CHECK_FALSE(info.involvement.value[1].how.present());

    const Review& review = info.review;
    CHECK(review.when.value == "after a year or so");
    CHECK(at(review.when.loc) == where(text, "after a year"));
    CHECK(review.held_on.value.to_string() == "2023-06-14");
    CHECK(at(review.held_on.loc) == where(text, "2023-06-14"));
    CHECK(review.bodies.value.at(0).value == "board");
    CHECK(review.groups.value.at(0).value == "ceyp");
    CHECK(review.partners.value.at(0).value == "education");
    CHECK(review.learning.value.at(0).value == "meet in the evening"); // as before
}

TEST_CASE("needs and resources keep their text lists and gain their long forms, index by index") {
    const std::string_view text = every_new_key();
    const LoadedPlan loaded = load(every_new_key());
    const PlanInfo& info = loaded.plan.info;
    REQUIRE(info.needs.value.size() == 2);
    REQUIRE(info.needs_details.size() == 2);
    CHECK(at(info.needs.loc) == where(text, "- joint inspection"));
    CHECK(info.needs.value[0].value == "joint inspection 2013");
    CHECK(info.needs_details[0].source.value == "joint inspection 2013");
    CHECK_FALSE(info.needs_details[0].date.present());
    CHECK(at(info.needs_details[0].loc) == where(text, "joint inspection"));
    CHECK(info.needs.value[1].value == "Have Your Say survey");
    CHECK(at(info.needs.value[1].loc) == where(text, "Have Your Say survey"));
    CHECK(at(info.needs_details[1].loc) == where(text, "{source:"));
    CHECK(info.needs_details[1].date.value.to_string() == "2022-05-01");
    CHECK(at(info.needs_details[1].date.loc) == where(text, "2022-05-01"));

    REQUIRE(info.resources.value.size() == 2);
    REQUIRE(info.resources_details.size() == 2);
    CHECK(info.resources.value[0].value == "a small grants fund");
    CHECK(info.resources_details[0].allocated_to.value.empty());
    CHECK(info.resources.value[1].value == "two participation workers");
    const TextList& for_ = info.resources_details[1].allocated_to;
    REQUIRE(for_.value.size() == 2);
    CHECK(for_.value[0].value == "forum");
    CHECK(for_.value[1].value == "CONS-1");
    CHECK(at(for_.value[1].loc) == where(text, "CONS-1]"));
}

TEST_CASE("outcome results are read with their places") {
    const std::string_view text = every_new_key();
    const LoadedPlan loaded = load(every_new_key());
    const Outcome& outcome = loaded.plan.info.outcomes.value.at(0);
    REQUIRE(outcome.results.value.size() == 1);
    CHECK(at(outcome.results.loc) == where(text, "- {value:"));
    const OutcomeResult& result = outcome.results.value[0];
    CHECK(result.value.value == "62% said they were listened to");
    CHECK(at(result.value.loc) == where(text, "62%"));
    CHECK(result.date.value.to_string() == "2024-03-01");
    CHECK(result.source.value == "Have Your Say 2024");
    CHECK(at(result.loc) == where(text, "{value:"));
}

TEST_CASE("groups say whether they are adults and when their needs were assessed") {
    const std::string_view text = every_new_key();
    const LoadedPlan loaded = load(every_new_key());
    const Plan& plan = loaded.plan;
    REQUIRE(plan.groups.size() == 2);
    const Group& ceyp = plan.groups[0];
    CHECK_FALSE(ceyp.is_adults());
    CHECK_FALSE(ceyp.adults.present());
    CHECK(at(ceyp.needs_assessed.loc) == where(text, "date: 2023-02-01"));
    CHECK(ceyp.needs_assessed.date.value.to_string() == "2023-02-01");
    CHECK(ceyp.needs_assessed.how.value == "asked at the forum what gets in the way");
    const Group& carers = plan.groups[1];
    CHECK(carers.is_adults());
    CHECK(at(carers.adults.loc) == where(text, "true}"));
    CHECK_FALSE(carers.needs_assessed.loc.known());
}

TEST_CASE("bodies read for, preparation, training, communication, papers and link details") {
    const std::string_view text = every_new_key();
    const LoadedPlan loaded = load(every_new_key());
    const Plan& plan = loaded.plan;
    REQUIRE(plan.bodies.size() == 3);
    const Body& forum = plan.bodies[0];
    CHECK(forum.for_whom.value == BodyFor::children);
    CHECK(at(forum.for_whom.loc) == where(text, "children"));
    CHECK_FALSE(forum.is_for_adults());
    CHECK(plan.bodies[1].is_for_adults());
    CHECK_FALSE(plan.bodies[2].for_whom.present()); // children when not said
    CHECK(forum.preparation.value.at(0).value ==
          "briefing with a worker before each board meeting");
    CHECK(forum.communication.value.size() == 2);
    CHECK(at(forum.communication.value[1].loc) == where(text, "meetings after school"));

    REQUIRE(forum.training.value.size() == 2);
    CHECK(at(forum.training.loc) == where(text, "- first aid"));
    const Training& short_form = forum.training.value[0];
    CHECK(short_form.what.value == "first aid");
    CHECK(at(short_form.loc) == where(text, "first aid"));
    CHECK_FALSE(short_form.completed.present());
    const Training& long_form = forum.training.value[1];
    CHECK(long_form.what.value == "training with accreditation");
    CHECK(long_form.completed.value);
    CHECK(long_form.on.value.to_string() == "2023-03-01");
    CHECK(long_form.people.value == 8);
    CHECK(at(long_form.people.loc) == where(text, "8}"));

    CHECK(at(forum.papers.loc) == where(text, "{days_before"));
    CHECK(forum.papers.days_before.value == 7);
    REQUIRE(forum.papers.formats.value.size() == 2);
    CHECK(forum.papers.formats.value[0].value == Format::easy_read);
    CHECK(forum.papers.formats.value[1].value == Format::standard);
    CHECK(at(forum.papers.formats.value[0].loc) == where(text, "easy-read"));
    CHECK_FALSE(plan.bodies[2].papers.loc.known());

    const Link& link = forum.feeds_into.value.at(0);
    REQUIRE(link.shared.value.size() == 2);
    CHECK(link.shared.value[0].value == SharedItem::minutes);
    CHECK(link.shared.value[1].value == SharedItem::action_progress);
    CHECK(at(link.shared.value[1].loc) == where(text, "action-progress"));
    CHECK(link.seats.value == 2);
    CHECK(at(link.seats.loc) == where(text, "2\n  - {id: carers-group"));
    CHECK_FALSE(plan.bodies[1].feeds_into.value.at(0).seats.present()); // the short form
}

TEST_CASE("engagements keep we_did and minority_views as text and add their long forms") {
    const std::string_view text = every_new_key();
    const LoadedPlan loaded = load(every_new_key());
    const Engagement& e = loaded.plan.engagements.at(0);
    REQUIRE(e.minority_views.value.size() == 2);
    REQUIRE(e.minority_views_details.size() == 2);
    CHECK(e.minority_views.value[0].value == "some wanted more meetings");
    CHECK_FALSE(e.minority_views_details[0].response.present());
    CHECK(e.minority_views.value[1].value == "some wanted face-to-face contact");
    CHECK(e.minority_views_details[1].view.value == "some wanted face-to-face contact");
    CHECK(e.minority_views_details[1].response.value == "drop-in sessions kept");
    CHECK(at(e.minority_views_details[1].response.loc) == where(text, "drop-in sessions"));

    REQUIRE(e.declined.value.size() == 1);
    CHECK(at(e.declined.loc) == where(text, "- {view: a youth bus"));
    CHECK(e.declined.value[0].view.value == "a youth bus");
    CHECK(e.declined.value[0].reason.value == "no funding this year");
    CHECK(at(e.declined.value[0].reason.loc) == where(text, "no funding"));

    REQUIRE(e.we_did.value.size() == 3);
    REQUIRE(e.we_did_details.size() == 3);
    for (std::size_t i = 0; i < e.we_did.value.size(); ++i) {
        CHECK(e.we_did_details[i].what.value == e.we_did.value[i].value);
        CHECK(e.we_did_details[i].what.loc == e.we_did.value[i].loc);
    }
    CHECK(e.we_did.value[0].value == "posters in every school");
    CHECK_FALSE(e.we_did_details[0].by.present());
    CHECK(e.we_did_details[1].by.value == "education");
    CHECK(at(e.we_did_details[1].by.loc) == where(text, "education, on:"));
    CHECK(e.we_did_details[1].on.value.to_string() == "2023-09-01");
    CHECK(at(e.we_did_details[1].loc) == where(text, "{what: an app"));
    CHECK(e.we_did_details[2].by.value == "forum");
    CHECK(e.preparation.value.at(0).value == "a visit to the venue beforehand");
}

TEST_CASE("publications, channels and advocacy are read with their places") {
    const std::string_view text = every_new_key();
    const LoadedPlan loaded = load(every_new_key());
    const Plan& plan = loaded.plan;
    REQUIRE(plan.publications.size() == 1);
    const Publication& page = plan.publications[0];
    CHECK(page.id.value == "ysywd-page");
    CHECK(at(page.loc) == where(text, "id: ysywd-page"));
    CHECK(page.title.value == "You said, we did page");
    CHECK(page.what.value == PublicationKind::feedback);
    CHECK(at(page.what.loc) == where(text, "feedback\n"));
    CHECK(page.where.value == "council website");
    CHECK(page.date.value.to_string() == "2023-07-01");
    REQUIRE(page.audience.value.size() == 2);
    CHECK(page.audience.value[1].value == "forum");
    CHECK(page.is_public());
    REQUIRE(page.formats.value.size() == 3);
    CHECK(page.formats.value[2].value == Format::bsl);
    CHECK(at(page.formats.value[2].loc) == where(text, "bsl"));
    CHECK(page.engagements.value.at(0).value == "hys-2023");

    REQUIRE(plan.channels.size() == 2);
    const Channel& survey = plan.channels[0];
    CHECK(survey.name.value == "Have Your Say survey");
    CHECK(survey.method.value == Method::survey);
    CHECK(survey.open_to.value.at(0).value == "ceyp");
    CHECK(survey.recurs.value.per_year() == 1);
    CHECK(at(survey.recurs.loc) == where(text, "annually"));
    CHECK(survey.feeds_into.value.at(0).value == "board");
    CHECK(survey.last_used.value.to_string() == "2023-05-10");
    CHECK(at(survey.last_used.loc) == where(text, "2023-05-10", 1));
    CHECK(plan.channels[1].recurs.value.per_year() == 12);

    REQUIRE(plan.advocacy.size() == 2);
    const Advocacy& who_cares = plan.advocacy[0];
    CHECK(at(who_cares.loc) == where(text, "provider: Who Cares"));
    CHECK(who_cares.provider.value == "Who Cares? Scotland");
    CHECK(who_cares.partner.value == "who-cares");
    CHECK(who_cares.groups.value.at(0).value == "ceyp");
    CHECK(who_cares.access.value.size() == 2);
    CHECK_FALSE(plan.advocacy[1].partner.present());
}
