// SPDX-License-Identifier: MIT
#include "test_support.hpp"

#include <engage/engine.hpp>
#include <engage/graph.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace engage;

namespace {

/// A plan of `n` forums in one chain, f0 -> f1 -> ... -> f(n-1), the last deciding.
std::string chain(std::size_t n, bool last_decides = true) {
    std::string text = "engage: 1\nplan: {id: chain, title: Chain}\nbodies:\n";
    for (std::size_t i = 0; i < n; ++i) {
        text += "  - {id: f" + std::to_string(i) +
                ", name: F, kind: " + (i + 1 == n ? "board" : "forum");
        if (i + 1 < n)
            text += ", feeds_into: [f" + std::to_string(i + 1) + "]";
        if (i + 1 == n && last_decides)
            text += ", decides: true";
        text += "}\n";
    }
    return text;
}

std::vector<std::string> rule_places(const PlanResult& result, std::string_view rule) {
    std::vector<std::string> out;
    for (const auto& f : result.findings) {
        if (f.rule == rule)
            out.push_back(std::to_string(f.line));
    }
    return out;
}

} // namespace

TEST_CASE("a 100,000-body chain is measured without recursion") {
    const LoadedPlan loaded = test::load(chain(100'000));
    REQUIRE(loaded.findings.empty());
    const FlowGraph graph(loaded.plan);
    CHECK(graph.size() == 100'000);
    CHECK(graph.links().size() == 99'999);
    CHECK(graph.links_to_decision(0) == 99'999);
    CHECK(graph.links_to_decision(99'998) == 1);
    CHECK(graph.path_to_decision(0).size() == 100'000);
    CHECK(graph.cycles().empty());
    CHECK(graph.reached_by_forum(99'999));
    CHECK(graph.deciders_reached(0) == std::vector<std::uint32_t>{99'999});
}

TEST_CASE("a chain with no deciding body makes every forum an orphan") {
    const LoadedPlan loaded = test::load(chain(2'000, false));
    const FlowGraph graph(loaded.plan);
    for (std::uint32_t i = 0; i < graph.size(); ++i)
        CHECK(graph.links_to_decision(i) == FlowGraph::unreachable);
    Settings settings;
    settings.rules.select = {"orphan-forum"};
    CHECK(rule_places(check_plan(loaded, settings), "orphan-forum").size() == 1'999);
}

TEST_CASE("a long chain turned into one loop is one cycle of every body") {
    std::string text = chain(50'000);
    text += "  - {id: closer, name: Closes the loop, kind: forum, feeds_into: [f0]}\n";
    const auto at = text.find("decides: true}");
    text.replace(at, std::string("decides: true}").size(), "decides: true, feeds_into: [closer]}");
    const LoadedPlan loaded = test::load(text);
    const FlowGraph graph(loaded.plan);
    REQUIRE(graph.cycles().size() == 1);
    CHECK(graph.cycles()[0].size() == 50'001);
    CHECK(graph.in_cycle(0));
    CHECK(graph.links_to_decision(50'000) == 50'000); // closer -> f0 -> ... -> the board
}

TEST_CASE("a wide fan of forums into one board") {
    std::string text = "engage: 1\nplan: {id: fan, title: Fan}\nbodies:\n  - {id: board, name: B, "
                       "kind: board, decides: true}\n";
    for (int i = 0; i < 20'000; ++i) {
        text += "  - {id: f" + std::to_string(i) +
                ", name: F, kind: forum, feeds_into: [{to: board, feedback: yes}]}\n";
    }
    const LoadedPlan loaded = test::load(text);
    const FlowGraph graph(loaded.plan);
    CHECK(graph.incoming(0).size() == 20'000);
    CHECK(graph.links_to_decision(20'000) == 1);
    CHECK(graph.reached_by_forum(0));
    CHECK(std::all_of(graph.links().begin(), graph.links().end(),
                      [](const FlowLink& l) { return l.has_feedback(); }));
}

TEST_CASE("many small cycles are each reported once") {
    std::string text = "engage: 1\nplan: {id: loops, title: Loops}\nbodies:\n";
    for (int i = 0; i < 1'000; ++i) {
        const std::string a = "a" + std::to_string(i), b = "b" + std::to_string(i);
        text += "  - {id: " + a + ", name: A, kind: forum, feeds_into: [" + b + "]}\n";
        text +=
            "  - {id: " + b + ", name: B, kind: board, decides: true, feeds_into: [" + a + "]}\n";
    }
    const LoadedPlan loaded = test::load(text);
    const FlowGraph graph(loaded.plan);
    CHECK(graph.cycles().size() == 1'000);
    // Both members of a loop reach its deciding board, and nothing in another loop.
    CHECK(graph.deciders_reached(0) == std::vector<std::uint32_t>{1});
    CHECK(graph.deciders_reached(1) == std::vector<std::uint32_t>{1});
    CHECK(graph.deciders_reached(1'999) == std::vector<std::uint32_t>{1'999});
    CHECK_FALSE(graph.reach_truncated(0));
    Settings settings;
    settings.rules.select = {"feeds-cycle"};
    const auto places = rule_places(check_plan(loaded, settings), "feeds-cycle");
    CHECK(places.size() == 1'000);
    CHECK(places.front() == "4"); // at the first member in file order
}

TEST_CASE("reachable deciding bodies are capped, and say so") {
    std::string text = "engage: 1\nplan: {id: wide, title: Wide}\nbodies:\n  - id: forum\n    "
                       "name: F\n    kind: forum\n    feeds_into:\n";
    for (int i = 0; i < 100; ++i)
        text += "      - d" + std::to_string(i) + "\n";
    for (int i = 0; i < 100; ++i)
        text += "  - {id: d" + std::to_string(i) + ", name: D, kind: board, decides: true}\n";
    const LoadedPlan loaded = test::load(text);
    const FlowGraph graph(loaded.plan);
    CHECK(graph.deciders_reached(0).size() == FlowGraph::reach_cap);
    CHECK(graph.reach_truncated(0));
    CHECK_FALSE(graph.reach_truncated(1));
}

TEST_CASE(
    "a plan with planted flow defects gets each finding on the right body, none on healthy ones") {
    const std::string text = R"(engage: 1
plan: {id: planted, title: Planted defects}
groups:
  - {id: heard, name: Heard}
  - {id: forgotten, name: Forgotten}
bodies:
  - id: healthy
    name: Healthy forum
    kind: forum
    groups: [heard]
    meets: monthly
    members: {young_people: 10, adults: 2}
    feeds_into: [{to: board, feedback: minutes sent back}]
  - {id: orphan, name: Orphan forum, kind: forum, groups: [heard]}
  - {id: mute, name: Silent link, kind: forum, groups: [heard], feeds_into: [board]}
  - {id: far, name: Far forum, kind: forum, groups: [heard], feeds_into: [{to: hop1, feedback: y}]}
  - {id: hop1, name: Hop 1, kind: board, feeds_into: [{to: hop2, feedback: y}]}
  - {id: hop2, name: Hop 2, kind: board, feeds_into: [{to: hop3, feedback: y}]}
  - {id: hop3, name: Hop 3, kind: board, feeds_into: [{to: board, feedback: y}]}
  - {id: loop-a, name: Loop A, kind: board, feeds_into: [{to: loop-b, feedback: y}]}
  - {id: loop-b, name: Loop B, kind: board, feeds_into: [{to: loop-a, feedback: y}]}
  - {id: crowded, name: Crowded board, kind: board, decides: true, members: {young_people: 2, adults: 7}, meets: annually}
  - {id: board, name: Deciding board, kind: board, decides: true, meets: quarterly}
)";
    Settings settings;
    settings.rules.select = {
        "orphan-forum",        "board-without-voice", "feeds-cycle",         "no-feedback-loop",
        "unrepresented-group", "adult-majority",      "infrequent-meetings", "long-path"};
    const PlanResult result = check_plan(test::load(text), settings);
    CHECK(rule_places(result, "orphan-forum") == std::vector<std::string>{"14"});
    CHECK(rule_places(result, "no-feedback-loop") == std::vector<std::string>{"15"});
    CHECK(rule_places(result, "long-path") == std::vector<std::string>{"16"});
    CHECK(rule_places(result, "feeds-cycle") == std::vector<std::string>{"20"});
    CHECK(rule_places(result, "board-without-voice") == std::vector<std::string>{"22"});
    CHECK(rule_places(result, "adult-majority") == std::vector<std::string>{"22"});
    CHECK(rule_places(result, "infrequent-meetings") == std::vector<std::string>{"22"});
    CHECK(rule_places(result, "unrepresented-group") == std::vector<std::string>{"5"});
    CHECK(reaches(result.findings, Severity::error));
    for (const auto& f : result.findings) {
        INFO(f.message);
        CHECK(f.message.find("`healthy`") == std::string::npos);
    }
}

TEST_CASE("representation: which groups reach which deciding bodies, through which forums") {
    const std::string text = R"(engage: 1
plan: {id: rep, title: Representation}
groups:
  - {id: ceyp, name: Care experienced}
  - {id: carers, name: Young carers}
  - {id: nobody, name: Unheard}
bodies:
  - {id: cicc, name: CiCC, kind: forum, groups: [ceyp], feeds_into: [cpb, trust]}
  - {id: carers-forum, name: Carers forum, kind: forum, groups: [carers, ceyp], feeds_into: [cpb]}
  - {id: cpb, name: CPB, kind: board, decides: true}
  - {id: trust, name: Trust, kind: board, decides: true}
)";
    const LoadedPlan loaded = test::load(text);
    const FlowGraph graph(loaded.plan);
    const auto groups = representation(loaded.plan, graph);
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].routes.size() == 2);
    CHECK(groups[0].deciders == std::vector<std::uint32_t>{2, 3});
    CHECK(groups[1].deciders == std::vector<std::uint32_t>{2});
    CHECK(groups[2].routes.empty());
    CHECK(groups[2].deciders.empty());
}

TEST_CASE("links to unknown bodies and duplicate ids do not break the graph") {
    const LoadedPlan loaded =
        test::load("engage: 1\nplan: {id: p, title: T}\nbodies:\n"
                   "  - {id: a, name: A, kind: forum, feeds_into: [ghost, b]}\n"
                   "  - {id: b, name: B, kind: board, decides: true}\n"
                   "  - {id: b, name: B again, kind: forum}\n");
    const FlowGraph graph(loaded.plan);
    CHECK(graph.links().size() == 1);
    CHECK(graph.links_to_decision(0) == 1);
    CHECK(*graph.index_of("b") == 1);
}
