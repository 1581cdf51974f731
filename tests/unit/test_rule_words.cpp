// SPDX-License-Identifier: MIT
// What the Communication and Impact rules say: names and titles rather than
// ids, long titles shortened at a word, and evidence in plain English.
#include <engage/engine.hpp>
#include <engage/load.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace engage;

namespace {

PlanResult check(const std::string& text) {
    Settings settings;
    settings.as_of = parse_date("2024-06-30");
    return check_plan(load_plan_text("plan.yaml", text), settings);
}

std::vector<std::string> messages_of(const PlanResult& result, std::string_view rule) {
    std::vector<std::string> out;
    for (const Finding& f : result.findings)
        if (f.rule == rule)
            out.push_back(f.message);
    return out;
}

std::vector<std::string> evidence_of(const PlanResult& result, std::string_view rule) {
    std::vector<std::string> out;
    for (const Evidence& e : result.evidence)
        if (e.rule == rule)
            out.push_back(e.what);
    return out;
}

} // namespace

TEST_CASE("communication and impact findings name engagements and actions by their titles") {
    const PlanResult result = check(R"(engage: 1
plan: {id: p, title: T}
engagements:
  - id: hys-2023
    title: Have Your Say survey 2023
    you_said: [it is hard to reach our social workers]
actions:
  - id: ACT-1
    title: >
      Manage the Have Your Say survey process to ensure children in care and
      care leavers can share their views with the Corporate Parenting Board
)");
    CHECK(messages_of(result, "no-you-said-we-did") ==
          std::vector<std::string>{"the engagement \"Have Your Say survey 2023\" records what "
                                   "those taking part said but not what was done about it"});
    // A folded title is one line, cut at a word.
    CHECK(messages_of(result, "action-without-status") ==
          std::vector<std::string>{
              "the action \"Manage the Have Your Say survey process to ensure children in care "
              "and care...\" does not say whether it is planned, under way, done, blocked or "
              "dropped"});
}

TEST_CASE("an item with no title is named by its id") {
    const PlanResult result = check(R"(engage: 1
plan: {id: p, title: T}
engagements:
  - id: hys-2023
    you_said: [more youth workers]
)");
    CHECK(messages_of(result, "no-you-said-we-did") ==
          std::vector<std::string>{"the engagement `hys-2023` records what those taking part "
                                   "said but not what was done about it"});
}

TEST_CASE("review words and commitments are evidence in plain English") {
    const PlanResult result = check(R"(engage: 1
plan:
  id: p
  title: T
  review: {when: after a year or so}
commitments:
  - id: c-1
    by: Chair of the partnership
    commitment: bring participants back together
    review: 2025-06-01
)");
    CHECK(messages_of(result, "no-review-date").empty());
    CHECK(evidence_of(result, "no-review-date") ==
          std::vector<std::string>{"the plan says when it will be reviewed: after a year or so"});
    CHECK(evidence_of(result, "commitment-without-review") ==
          std::vector<std::string>{"the commitment by Chair of the partnership (\"bring "
                                   "participants back together\") is to be reviewed on "
                                   "2025-06-01"});
}

TEST_CASE("format-not-for-audience names the youngest readers and their age") {
    const PlanResult result = check(R"(engage: 1
plan: {id: p, title: T}
groups:
  - {id: primary, name: primary pupils, ages: 8-11}
  - {id: p1, name: the youngest pupils, ages: 5-7}
publications:
  - {id: ysywd, title: You said we did, what: feedback, audience: [primary, p1], formats: [standard]}
)");
    CHECK(messages_of(result, "format-not-for-audience") ==
          std::vector<std::string>{"the publication \"You said we did\" is for the youngest "
                                   "pupils, from age 5, but is offered only in the standard "
                                   "format"});
}
