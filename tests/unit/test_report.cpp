// SPDX-License-Identifier: MIT
#include "report/flow_blocks.hpp"
#include "test_support.hpp"

#include <engage/engine.hpp>
#include <engage/load.hpp>
#include <engage/output.hpp>
#include <engage/report.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;
using namespace engage;

namespace {

const char* const follow_through_plan = R"(engage: 1
plan: {id: follow, title: Follow through}
actions:
  - {id: A-1, title: late and open, due: 2024-01-31, status: in-progress}
  - {id: A-2, title: not due yet, due: 2024-12-01, status: planned}
  - {id: A-3, title: late but done, due: 2024-01-01, status: done, done_on: 2024-02-01}
  - {id: A-4, title: late but dropped, due: 2024-01-01, status: dropped}
  - {id: A-5, title: late, no status, due: 2024-06-29}
engagements:
  - {id: e1, title: one, date: 2024-01-01, fed_back_on: 2024-01-11}
  - {id: e2, title: two, date: 2024-02-01, fed_back_on: 2024-03-02}
  - {id: e3, title: three, date: 2024-05-01}
  - {id: e4, title: later, date: 2024-08-01}
commitments:
  - {id: c1, by: Head, commitment: review it, review: 2024-06-30, status: planned}
  - {id: c2, by: Head, commitment: later, review: 2024-07-01, status: planned}
  - {id: c3, by: Head, commitment: finished, review: 2024-01-01, status: done}
)";

Report report_of(const std::string& text, std::optional<Date> as_of) {
    Settings settings;
    settings.as_of = as_of;
    return build_report(check_plan(test::load(text), settings), as_of);
}

} // namespace

TEST_CASE("overdue actions are open actions due before the as-of date") {
    const Report report = report_of(follow_through_plan, parse_date("2024-06-30"));
    CHECK(report.actions_overdue == 2);
    REQUIRE(report.actions.size() == 5);
    CHECK(report.actions[0].overdue);
    CHECK(report.actions[0].days_overdue == 151);
    CHECK_FALSE(report.actions[1].overdue);
    CHECK_FALSE(report.actions[2].overdue);
    CHECK_FALSE(report.actions[3].overdue);
    CHECK(report.actions[4].overdue);
    CHECK(report.actions[4].days_overdue == 1);
    // Statuses in the order the format lists them; actions with none last.
    REQUIRE(report.actions_by_status.size() == 5);
    CHECK(report.actions_by_status.front().label == "planned");
    CHECK(report.actions_by_status.back().label == "");
    CHECK(report.actions_by_status.back().count == 1);
}

TEST_CASE("without an as-of date nothing is overdue, awaited or due") {
    const Report report = report_of(follow_through_plan, std::nullopt);
    CHECK(report.actions_overdue == 0);
    CHECK(report.commitments_due() == 0);
    CHECK(std::none_of(report.engagements.begin(), report.engagements.end(),
                       [](const EngagementRow& e) { return e.awaiting_feedback; }));
}

TEST_CASE("days to feed back run from the engagement to the feedback") {
    const Report report = report_of(follow_through_plan, parse_date("2024-06-30"));
    REQUIRE(report.engagements.size() == 4);
    CHECK(report.engagements[0].days_to_feed_back == 10);
    CHECK(report.engagements[1].days_to_feed_back == 30);
    CHECK_FALSE(report.engagements[2].days_to_feed_back);
    CHECK(report.engagements[2].awaiting_feedback);
    CHECK_FALSE(report.engagements[3].awaiting_feedback); // after the as-of date
    CHECK(report.feedback_days.count == 2);
    CHECK(report.feedback_days.median == 20);
    CHECK(report.feedback_days.min == 10);
    CHECK(report.feedback_days.max == 30);
}

TEST_CASE("commitments are due for review on their date, unless done") {
    const Report report = report_of(follow_through_plan, parse_date("2024-06-30"));
    REQUIRE(report.commitments.size() == 3);
    CHECK(report.commitments[0].due_for_review);
    CHECK_FALSE(report.commitments[1].due_for_review);
    CHECK_FALSE(report.commitments[2].due_for_review);
    CHECK(report.commitments_due() == 1);
}

TEST_CASE("the median of day counts") {
    CHECK(summarise_days({}).count == 0);
    CHECK(summarise_days({7}).median == 7);
    CHECK(summarise_days({30, 1, 5}).median == 5);
    const DaysSummary even = summarise_days({4, 1, 10, 3});
    CHECK(even.median == 3); // (3 + 4) / 2, rounded down
    CHECK(even.min == 1);
    CHECK(even.max == 10);
}

TEST_CASE("orphan forums and routes to a decision") {
    const Report report = report_of(R"(engage: 1
plan: {id: flow, title: Flow}
bodies:
  - {id: f1, name: Youth forum, kind: forum, feeds_into: [b1]}
  - {id: f2, name: Lonely forum, kind: forum}
  - {id: b1, name: Board, kind: board, decides: true}
)",
                                    parse_date("2024-06-30"));
    CHECK(report.counts.forums == 2);
    CHECK(report.counts.boards == 1);
    CHECK(report.counts.deciding == 1);
    CHECK(report.orphan_forums == std::vector<std::string>{"Lonely forum"});
    CHECK(report.bodies[0].links_to_decision == 1u);
    CHECK_FALSE(report.bodies[1].links_to_decision);
    REQUIRE(report.links.size() == 1);
    CHECK_FALSE(report.links[0].feedback);
    REQUIRE(report.mermaid.size() == 1);
    CHECK(report.mermaid[0].find("flowchart LR") != std::string::npos);
}

TEST_CASE("a long chain is drawn in several diagrams, each linked to the next") {
    std::string text = "engage: 1\nplan: {id: chain, title: Chain}\nbodies:\n";
    for (int i = 0; i < 100; ++i) {
        text +=
            "  - {id: b" + std::to_string(i) + ", name: B" + std::to_string(i) + ", kind: board" +
            (i == 99 ? ", decides: true}\n" : ", feeds_into: [b" + std::to_string(i + 1) + "]}\n");
    }
    const LoadedPlan loaded = test::load(text);
    const FlowGraph graph(loaded.plan);
    const auto blocks = detail::flow_blocks(graph, 40);
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0].size() == 40);
    CHECK(blocks[2].size() == 20);
    const auto mermaid = detail::mermaid_blocks(loaded.plan, graph, 40);
    REQUIRE(mermaid.size() == 3);
    CHECK(mermaid[0].find("n40([") == std::string::npos);
    CHECK(mermaid[0].find("B40<br/>(drawn in another diagram)") != std::string::npos);
    CHECK(mermaid[1].find("B39<br/>(drawn in another diagram)") != std::string::npos);
}

TEST_CASE("plan ids become safe, unique file names") {
    CHECK(safe_file_stem("dundee-yvop") == "dundee-yvop");
    CHECK(safe_file_stem("../../etc/passwd") == "_.-..-etc-passwd");
    CHECK(safe_file_stem("") == "plan");
    CHECK(safe_file_stem("Big Plan") == "big-plan");
    CHECK(safe_file_stem(std::string(200, 'a')).size() == 80);
    OutputFolder folder(test::scratch("report-names"));
    folder.reserve("index");
    CHECK(folder.claim_stem("index") == "index-2");
    CHECK(folder.claim_stem("same") == "same");
    CHECK(folder.claim_stem("SAME") == "same-2");
    CHECK(folder.claim_stem("same") == "same-3");
}

TEST_CASE("an output file is never an input, nor outside the folder") {
    const fs::path dir = test::scratch("report-inputs");
    test::write(dir / "plan.md", "engage: 1\n");
    OutputFolder folder(dir);
    folder.protect(dir / "plan.md");
    std::string why;
    CHECK(folder.destination("plan.md", why).empty());
    CHECK(why.find("input") != std::string::npos);
    CHECK(folder.destination("../escape.md", why).empty());
    CHECK(folder.destination("..", why).empty());
    CHECK(folder.destination("fresh.md", why) == dir / "fresh.md");
}

TEST_CASE("an atomic file appears whole on commit and leaves nothing when dropped") {
    const fs::path dir = test::scratch("report-atomic");
    {
        AtomicFile file(dir / "dropped.txt");
        REQUIRE(file.is_open());
        file.stream() << "half";
    }
    CHECK(fs::is_empty(dir));
    CHECK(write_file_atomically(dir / "kept.txt", "whole") == "");
    CHECK(fs::file_size(dir / "kept.txt") == 5);
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    CHECK_FALSE(write_file_atomically(dir / "no-such-folder" / "x.txt", "x").empty());
}

TEST_CASE("the pipeline delivers in plan order whatever the number of threads") {
    const fs::path dir = test::scratch("report-batch");
    for (int i = 0; i < 9; ++i) {
        test::write(dir / ("p" + std::to_string(i) + ".yaml"),
                    "engage: 1\nplan: {id: p" + std::to_string(i) + ", title: P}\n");
    }
    auto ids = [&](unsigned jobs) {
        RunOptions options;
        options.jobs = jobs;
        std::vector<std::string> seen;
        const RunSummary result = run_plans(
            {dir.string()}, options, [](PlanResult&& plan) { return plan.plan.info.id.value; },
            [&](std::string&& id) { seen.push_back(id); });
        CHECK(result.plans == 9);
        return seen;
    };
    const auto one = ids(1);
    CHECK(one.front() == "p0");
    CHECK(one.back() == "p8");
    CHECK(ids(3) == one);
}

TEST_CASE("a failure while delivering stops the run and names what was left") {
    const fs::path dir = test::scratch("report-batch-stop");
    for (int i = 0; i < 4; ++i)
        test::write(dir / ("p" + std::to_string(i) + ".yaml"), "engage: 1\nplan: {id: x}\n");
    for (const unsigned jobs : {1u, 2u}) {
        CAPTURE(jobs);
        RunOptions options;
        options.jobs = jobs;
        std::size_t delivered = 0;
        try {
            (void)run_plans(
                {dir.string()}, options, [](PlanResult&&) { return 0; },
                [&](int) {
                    if (++delivered == 2)
                        throw std::runtime_error("disk full");
                });
            FAIL("the run was not stopped");
        } catch (const RunStopped& stopped) {
            CHECK(std::string(stopped.what()) == "disk full");
            REQUIRE(stopped.not_delivered.size() == 3);
            CHECK(fs::path(stopped.not_delivered.front().path).filename() == "p1.yaml");
            CHECK_THROWS_AS(std::rethrow_if_nested(stopped), std::runtime_error);
        }
        CHECK(delivered == 2);
    }
}

TEST_CASE("discovery lists plans without reading them, and loads them one at a time") {
    const fs::path dir = test::scratch("report-discover");
    test::write(dir / "a/plan.yaml", "engage: 1\nplan: {id: a, title: A}\n");
    test::write(dir / "a/more.yaml", "engage: 1\nbodies: [{id: f, name: F, kind: forum}]\n");
    test::write(dir / "a/inner/plan.yaml", "engage: 1\nplan: {id: inner, title: I}\n");
    test::write(dir / "b.yaml", "engage: 1\nplan: {id: b, title: B}\n");
    const PlanSources found = discover_plans({dir.string(), (dir / "missing").string()});
    REQUIRE(found.sources.size() == 3);
    CHECK(found.sources[0].kind == PlanSource::Kind::folder);
    CHECK(fs::path(found.sources[1].path).filename() == "inner");
    CHECK(found.sources[2].kind == PlanSource::Kind::file);
    CHECK(found.errors.size() == 1);
    const LoadResult a = load_plan_source(found.sources[0]);
    REQUIRE(a.plans.size() == 1); // not the nested plan: it is a source of its own
    CHECK(a.plans[0].plan.bodies.size() == 1);
    CHECK(load_plan_source(found.sources[1]).plans.at(0).plan.info.id.value == "inner");
}
