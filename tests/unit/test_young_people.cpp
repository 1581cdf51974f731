// SPDX-License-Identifier: MIT
// "You said, we did" for young people: what the page holds and what it says
// when a forum has feedback, when it has none, and when work is late.
#include "test_support.hpp"

#include <engage/engine.hpp>
#include <engage/report.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace engage;

namespace {

const char* const forum_plan = R"(engage: 1
plan: {id: town, title: Town participation plan, area: Townsville, owner: Participation Team}
groups:
  - {id: cyp, name: Young people in Townsville}
  - {id: parents, name: Parents, adults: true}
bodies:
  - id: youth-forum
    name: Youth Forum
    kind: forum
    led_by: young-people
    groups: [cyp]
    meets: monthly
    chair: Sam Jones, youth worker
    feeds_into:
      - to: council-board
        how: ideas for the parks
        feedback: a letter after each meeting
  - id: quiet-forum
    name: Quiet Forum
    kind: forum
    groups: [cyp]
  - id: parent-forum
    name: Parent Forum
    kind: forum
    for: adults
    groups: [parents]
  - {id: council-board, name: Council Board, kind: board, decides: true}
engagements:
  - id: park-survey
    title: Park survey
    date: 2023-05-10
    bodies: [youth-forum]
    groups: [cyp]
    you_said: [the park is too dark at night]
    we_did:
      - what: new lights in the park
        by: council-board
        on: 2023-09-01
    fed_back_on: 2023-10-02
    declined:
      - {view: a skate park, reason: there is no money this year}
    minority_views:
      - {view: keep the park dark for the bats, response: the lights point down}
  - id: bus-chat
    title: Bus chat
    date: 2024-01-15
    bodies: [youth-forum]
    you_said: [buses are late]
  - id: club-chat
    title: Club chat
    bodies: [youth-forum]
    you_said: [the club shuts too early]
    fed_back_on: 2024-02-20
  - id: parents-evening
    title: Parents evening
    groups: [parents]
    you_said: [more parking]
actions:
  - {id: A-1, title: fix the bus timetable, bodies: [youth-forum], due: 2024-03-31, lead: Transport Officer, status: in-progress}
  - {id: A-2, title: paint the youth club, groups: [cyp], due: 2025-01-31}
  - {id: A-3, title: done already, bodies: [youth-forum], status: done}
  - {id: A-4, title: parking survey, groups: [parents]}
commitments:
  - {id: c1, by: Head of Parks, commitment: check the lights work, review: 2024-02-01, bodies: [youth-forum]}
)";

YouSaidWeDid page_of(const std::string& text,
                     std::optional<Date> as_of = parse_date("2024-06-30")) {
    Settings settings;
    settings.as_of = as_of;
    return build_you_said_we_did(check_plan(test::load(text), settings), as_of);
}

std::string markdown_of(const YouSaidWeDid& page) {
    std::ostringstream out;
    render_you_said_we_did_markdown(out, std::span(&page, 1));
    return out.str();
}

std::string html_of(const YouSaidWeDid& page) {
    std::ostringstream out;
    render_you_said_we_did_html(out, std::span(&page, 1));
    return out.str();
}

bool has(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("the page holds children's forums, and leaves adults' forums and work out") {
    const YouSaidWeDid page = page_of(forum_plan);
    REQUIRE(page.forums.size() == 2);
    CHECK(page.forums[0].name == "Youth Forum");
    CHECK(page.forums[1].name == "Quiet Forum");
    CHECK(page.area == "Townsville");
    CHECK(page.ask == "Participation Team");
    // The parents' engagement and the parents' action are not for this page.
    CHECK(page.other_topics.empty());
    REQUIRE(page.still_working_on.size() == 1);
    CHECK(page.still_working_on[0].what == "paint the youth club");
}

TEST_CASE("a forum with feedback: what was said, what changed, when they were told") {
    const YouSaidWeDid page = page_of(forum_plan);
    const YouthForum& forum = page.forums[0];
    CHECK(forum.run_by_young_people);
    CHECK(forum.meets == "every month");
    CHECK(forum.ask == "Sam Jones, youth worker");
    REQUIRE(forum.views_go_to.size() == 1);
    CHECK(forum.views_go_to[0].to == "Council Board");
    REQUIRE(forum.topics.size() == 3);
    const YouthTopic& park = forum.topics[0];
    CHECK(park.you_said == std::vector<std::string>{"the park is too dark at night"});
    REQUIRE(park.we_did.size() == 1);
    CHECK(park.we_did[0].by == "Council Board"); // a name, never the id
    CHECK(park.told_on == parse_date("2023-10-02"));

    const std::string text = markdown_of(page);
    CHECK(has(text, "## Youth Forum"));
    CHECK(has(text, "**You told us:** The park is too dark at night."));
    CHECK(has(text, "**What changed:** New lights in the park. Council Board did this in "
                    "September 2023."));
    CHECK(has(text, "We told you what changed in October 2023."));
    CHECK(has(text, "A skate park. We did not do this, because: There is no money this year."));
    CHECK(has(text, "Keep the park dark for the bats. What we did: The lights point down."));
    CHECK(has(text, "**Where your views go:** Council Board."));
    CHECK(has(text, "**How you hear back:** A letter after each meeting."));
    CHECK(has(text, "If you have a question about this group, ask Sam Jones, youth worker."));
}

TEST_CASE("where the plan records no change, the page says so and says who to ask") {
    const YouSaidWeDid page = page_of(forum_plan);
    const YouthTopic& bus = page.forums[0].topics[1];
    CHECK(bus.we_did.empty());
    CHECK(bus.waiting_to_be_told);
    const std::string text = markdown_of(page);
    CHECK(has(text, "We have not written down yet what changed after you told us about this. "
                    "Ask Sam Jones, youth worker."));
    // Told, with no change recorded: the page does not claim a change.
    CHECK(has(text, "#### Club chat"));
    CHECK(has(text, "We told you about this in February 2024."));
    // A forum with nothing recorded at all: said kindly, with the plan's owner to ask.
    CHECK(has(text, "## Quiet Forum"));
    CHECK(has(text, "We have not written down where this group's views go.\n\n"
                    "We have not written down yet what this group told us, or what changed "
                    "because of it. We have not written down who runs this group. Participation "
                    "Team is in charge of the plan, so you can ask them.\n"));
    CHECK(page.forums[1].ask.empty()); // the owner is not made the group's contact
}

TEST_CASE("late work says it is late, in words, with who to ask") {
    const YouSaidWeDid page = page_of(forum_plan);
    const auto& work = page.forums[0].still_working_on;
    REQUIRE(work.size() == 2); // the action done already is not listed
    CHECK(work[0].late);
    CHECK(work[0].started);
    CHECK(work[1].promise);
    CHECK(work[1].late);
    const std::string text = markdown_of(page);
    CHECK(has(text, "- Fix the bus timetable. This should have been done by March 2024. It is "
                    "late. We have started this. Ask Transport Officer about this."));
    CHECK(has(text, "- Check the lights work. We said we would look at this again by February "
                    "2024. That date has passed. Head of Parks made this promise."));
    CHECK(has(text, "Paint the youth club. We plan to finish this by January 2025."));

    // Without an as-of date nothing is late.
    const YouSaidWeDid undated = page_of(forum_plan, std::nullopt);
    CHECK_FALSE(undated.forums[0].still_working_on[0].late);
    CHECK(has(markdown_of(undated), "We plan to finish this by March 2024."));
}

TEST_CASE("the page shows no ids, and explains a hard word where it is first used") {
    const std::string text = markdown_of(page_of(forum_plan));
    for (const char* id : {"youth-forum", "council-board", "park-survey", "A-1", "cyp"})
        CHECK_MESSAGE(!has(text, id), id);
    // "Council Board" first appears under Youth Forum; its meaning follows at once.
    const auto first = text.find("Board");
    const auto meaning = text.find("A board is a group of people who make decisions.");
    REQUIRE(meaning != std::string::npos);
    CHECK(first < meaning);
    CHECK(text.find("A board is", meaning + 1) == std::string::npos); // explained once
}

TEST_CASE("a plan with no forum and no owner says so, and never invents a contact") {
    const YouSaidWeDid page = page_of(R"(engage: 1
plan: {id: bare, title: Bare plan}
engagements:
  - {id: e1, title: Big survey}
)");
    CHECK(page.forums.empty());
    REQUIRE(page.other_topics.size() == 1);
    const std::string text = markdown_of(page);
    CHECK(has(text, "# You said, we did\n"));
    CHECK(has(text, "Our plan does not name a group where young people meet to share their "
                    "views."));
    CHECK(has(text, "We have not written down yet what you told us here, or what changed:"));
    CHECK(has(text, "- Big survey."));
    CHECK(has(text, "We have not written down who is in charge of this plan."));
}

TEST_CASE("dates are months in words") {
    CHECK(month_in_words(Date{2024, 3, 31}) == "March 2024");
    CHECK(month_in_words(Date{2023, 12, 1}) == "December 2023");
}

TEST_CASE("the HTML page is for a phone and for assistive technology") {
    const std::string page = html_of(page_of(forum_plan));
    CHECK(has(page, "<html lang=\"en\">"));
    CHECK(has(page, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"));
    CHECK(has(page, "<h1>You said, we did: Townsville</h1>"));
    CHECK(has(page, "<h2 id=\"group-1\">Youth Forum</h2>"));
    CHECK(has(page, "<a href=\"#group-1\">Youth Forum</a>"));
    // What changed is set apart (the park survey's one change is a paragraph).
    CHECK(has(page, "<p class=\"changed\"><strong>What changed:</strong> New lights"));
    CHECK_FALSE(has(page, "<table"));
    CHECK_FALSE(has(page, "<script"));
    CHECK_FALSE(has(page, "<img"));
}

TEST_CASE("plan text is escaped in both formats") {
    const YouSaidWeDid page = page_of(R"(engage: 1
plan: {id: x, title: "<b>bold</b>", area: "A & B"}
bodies:
  - {id: f, name: "<script>alert(1)</script>", kind: forum}
)");
    const std::string html = html_of(page);
    CHECK_FALSE(has(html, "<script>"));
    CHECK(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(has(html, "A &amp; B"));
    const std::string markdown = markdown_of(page);
    CHECK_FALSE(has(markdown, "<script>"));
    CHECK(has(markdown, "&lt;script&gt;"));
}
