// SPDX-License-Identifier: MIT
// Progress queries: overdue, blocked, due soon, filters and summaries.
#include "test_support.hpp"

#include <engage/progress.hpp>

using namespace engage;

namespace {

const char* const plan_text = R"(engage: 1
plan:
  id: harbour
  title: Harbour plan
actions:
  - {id: A-1, title: Late, lead: Senior Officer, due: 2024-03-31, status: in-progress, standards: [impact]}
  - {id: A-2, title: Stuck, lead: Head of Finance, due: 2024-05-31, status: blocked, standards: [impact, planning]}
  - {id: A-3, title: Soon, lead: senior officer (youth work), due: 2024-07-15, status: planned}
  - {id: A-4, title: Done late, lead: Forum, due: 2024-03-31, status: done, done_on: 2024-04-20}
  - {id: A-5, title: Dropped, due: 2024-01-31, status: dropped}
  - {id: A-6, title: "Bare,\n  folded"}
  - {id: A-7, title: Today, due: 2024-06-30}
commitments:
  - {id: c-1, by: Chair, commitment: attend, review: 2024-01-31, status: planned}
  - {id: c-2, by: Head of Finance, commitment: budget, review: 2024-08-15}
  - {id: c-3, by: Convener, commitment: routes, review: 2023-12-01, status: done}
)";

const Date as_of{2024, 6, 30};

std::vector<std::string> ids(const std::vector<ProgressItem>& items) {
    std::vector<std::string> out;
    for (const auto& item : items)
        out.push_back(item.id);
    return out;
}

ProgressQuery query() {
    ProgressQuery q;
    q.as_of = as_of;
    return q;
}

} // namespace

TEST_CASE("overdue: due before the date and neither done nor dropped") {
    const auto loaded = test::load(plan_text);
    REQUIRE(loaded.findings.empty());
    const auto overdue = overdue_actions(loaded.plan, as_of);
    CHECK(ids(overdue) == std::vector<std::string>{"A-1", "A-2"});
    CHECK(overdue[0].days_overdue == 91);
    CHECK(overdue[1].days_overdue == 30);
    CHECK(overdue[1].blocked());
    // A due date on the as-of date itself is not yet overdue; no status counts as open.
    CHECK_FALSE(is_overdue(loaded.plan.actions[6], as_of));
    CHECK(is_overdue(loaded.plan.actions[6], Date{2024, 7, 1}));
    CHECK(is_overdue(loaded.plan.commitments[0], as_of));
    CHECK_FALSE(is_overdue(loaded.plan.commitments[2], as_of));
}

TEST_CASE("items work out days left and late completion") {
    const auto items = action_items(test::load(plan_text).plan, as_of);
    REQUIRE(items.size() == 7);
    CHECK(items[2].due_in == 15);
    CHECK(items[3].completed_late);
    CHECK_FALSE(items[3].overdue);
    CHECK_FALSE(items[4].overdue);
    CHECK(items[5].title == "Bare, folded");
    CHECK_FALSE(items[5].status.has_value());
    CHECK(items[6].due_in == 0);
    CHECK(items[0].file == "plan.yaml");
    CHECK(items[0].line == 6);
}

TEST_CASE("filters: lead ignores case, status may be none, standard, due within") {
    const Plan plan = test::load(plan_text).plan;
    auto q = query();
    q.lead = "SENIOR officer";
    CHECK(ids(query_progress(plan, ProgressKind::actions, q).items) ==
          std::vector<std::string>{"A-1", "A-3"});
    q = query();
    q.statuses = {Status::blocked, std::nullopt};
    CHECK(ids(query_progress(plan, ProgressKind::actions, q).items) ==
          std::vector<std::string>{"A-2", "A-6", "A-7"});
    q = query();
    q.standard = "planning";
    CHECK(ids(query_progress(plan, ProgressKind::actions, q).items) ==
          std::vector<std::string>{"A-2"});
    q = query();
    q.due_within_days = 15;
    CHECK(ids(query_progress(plan, ProgressKind::actions, q).items) ==
          std::vector<std::string>{"A-3", "A-7"});
    q.due_within_days = 14;
    CHECK(ids(query_progress(plan, ProgressKind::actions, q).items) ==
          std::vector<std::string>{"A-7"});
    // Together, overdue and due-within keep what needs attention.
    q.overdue = true;
    CHECK(ids(query_progress(plan, ProgressKind::actions, q).items) ==
          std::vector<std::string>{"A-1", "A-2", "A-7"});
}

TEST_CASE("summary counts by status, lead and standard, in a fixed order") {
    const auto report = query_progress(test::load(plan_text).plan, ProgressKind::actions, query());
    CHECK(report.in_plan == 7);
    const ProgressSummary& s = report.summary;
    CHECK(s.total == 7);
    CHECK(s.overdue == 2);
    CHECK(s.blocked == 1);
    using Counts = std::vector<std::pair<std::string, std::size_t>>;
    CHECK(s.by_status == Counts{{"planned", 1},
                                {"in-progress", 1},
                                {"done", 1},
                                {"blocked", 1},
                                {"dropped", 1},
                                {"none", 2}});
    CHECK(s.by_lead == Counts{{"Forum", 1},
                              {"Head of Finance", 1},
                              {"Senior Officer", 1},
                              {"senior officer (youth work)", 1},
                              {"none", 3}});
    CHECK(s.by_standard == Counts{{"impact", 2}, {"planning", 1}, {"none", 5}});
}

TEST_CASE("commitments: the review date is what falls due, `by` is the lead") {
    auto q = query();
    q.overdue = true;
    const auto report = query_progress(test::load(plan_text).plan, ProgressKind::commitments, q);
    CHECK(report.in_plan == 3);
    REQUIRE(ids(report.items) == std::vector<std::string>{"c-1"});
    CHECK(report.items[0].lead == "Chair");
    CHECK(report.items[0].days_overdue == 151);
    q = query();
    q.due_within_days = 60;
    CHECK(ids(query_progress(test::load(plan_text).plan, ProgressKind::commitments, q).items) ==
          std::vector<std::string>{"c-2"});
}

TEST_CASE("status filter words") {
    const auto none = parse_status_filter("none");
    REQUIRE(none.has_value());
    CHECK_FALSE(none->has_value());
    REQUIRE(parse_status_filter("in-progress").has_value());
    CHECK(*parse_status_filter("in-progress") == Status::in_progress);
    CHECK_FALSE(parse_status_filter("finished").has_value());
    CHECK(status_name(std::nullopt) == "none");
    CHECK(status_name(Status::dropped) == "dropped");
}
