// SPDX-License-Identifier: MIT
// Comparing two versions of a plan, and reading one from git.
#include "test_support.hpp"

#include <engage/diff.hpp>
#include <engage/engine.hpp>
#include <engage/load.hpp>
#include <engage/progress.hpp>

#include <algorithm>
#include <cstdlib>
#include <sstream>

using namespace engage;

namespace {

const char* const before_text = R"(engage: 1
plan:
  id: harbour
  title: Harbour plan
bodies:
  - {id: forum, name: Youth forum, kind: forum, feeds_into: [board]}
  - {id: board, name: Children's board, kind: board, decides: true}
  - {id: old-forum, name: Old forum, kind: forum}
actions:
  - {id: A-1, title: Late, lead: Senior Officer, due: 2024-03-31, status: in-progress}
  - {id: A-2, title: Gone, lead: Senior Officer, due: 2024-09-30, status: planned}
  - {id: A-3, title: Same, lead: TBC, due: 2024-09-30, status: planned}
commitments:
  - {id: c-1, by: Chair, commitment: attend, review: 2024-01-31, status: planned}
)";

// A-1 done late, A-2 removed, A-4 added, old-forum removed, a link added,
// TBC replaced by a lead, c-1 done; lines move because of a comment.
const char* const after_text = R"(engage: 1
# a year on
plan:
  id: harbour
  title: Harbour plan
bodies:
  - {id: forum, name: Youth forum, kind: forum, feeds_into: [board]}
  - {id: board, name: Children's board, kind: board, decides: true}
  - {id: new-forum, name: New forum, kind: forum, feeds_into: [board]}
actions:
  - {id: A-1, title: Late, lead: Senior Officer, due: 2024-03-31, status: done, done_on: 2024-04-20}
  - {id: A-3, title: Same, lead: Youth Work Manager, due: 2024-09-30, status: planned}
  - {id: A-4, title: New, lead: Senior Officer, due: 2024-10-31, status: planned}
commitments:
  - {id: c-1, by: Chair, commitment: attend, review: 2024-01-31, status: done}
)";

PlanResult checked(const std::string& name, const char* text) {
    Settings settings;
    settings.as_of = Date{2024, 6, 30};
    return check_plan(load_plan_text(name, text), settings);
}

std::vector<std::string> entry_ids(const std::vector<DiffEntry>& entries) {
    std::vector<std::string> out;
    for (const auto& e : entries)
        out.push_back(e.id);
    return out;
}

std::vector<std::string> rules(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings)
        out.push_back(std::string(f.rule));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("diff: bodies, links, actions and statuses") {
    const PlanDiff d =
        diff_plans(checked("old.yaml", before_text), checked("new.yaml", after_text));
    CHECK(d.old_name == "old.yaml");
    CHECK(d.new_name == "new.yaml");
    CHECK(entry_ids(d.bodies_added) == std::vector<std::string>{"new-forum"});
    CHECK(entry_ids(d.bodies_removed) == std::vector<std::string>{"old-forum"});
    REQUIRE(d.bodies_added.size() == 1);
    CHECK(d.bodies_added[0].kind == "forum");
    CHECK(d.bodies_added[0].label == "New forum");
    REQUIRE(d.links_added.size() == 1);
    CHECK(d.links_added[0].from == "new-forum");
    CHECK(d.links_added[0].to == "board");
    CHECK(d.links_removed.empty());
    CHECK(entry_ids(d.actions_added) == std::vector<std::string>{"A-4"});
    CHECK(entry_ids(d.actions_removed) == std::vector<std::string>{"A-2"});
    REQUIRE(d.action_changes.size() == 1);
    const StatusChange& late = d.action_changes[0];
    CHECK(late.id == "A-1");
    CHECK(late.before == Status::in_progress);
    CHECK(late.after == Status::done);
    CHECK(late.completed_late);
    CHECK(late.days_late == 20);
    REQUIRE(d.commitment_changes.size() == 1);
    CHECK(d.commitment_changes[0].after == Status::done);
    CHECK_FALSE(d.commitment_changes[0].completed_late);
    CHECK_FALSE(d.empty());
}

TEST_CASE("diff: findings match by rule and subject, not by line") {
    const PlanDiff d =
        diff_plans(checked("old.yaml", before_text), checked("new.yaml", after_text));
    // Fixed: A-1 overdue, the placeholder lead, c-1 past review. New: only what
    // A-4 and new-forum bring, none about A-1 or A-3 though every line moved.
    const auto resolved = rules(d.findings_resolved);
    CHECK(std::count(resolved.begin(), resolved.end(), "action-overdue") == 1);
    CHECK(std::count(resolved.begin(), resolved.end(), "placeholder-lead") == 1);
    CHECK(std::count(resolved.begin(), resolved.end(), "commitment-past-review") == 1);
    for (const Finding& f : d.findings_new)
        CHECK_MESSAGE((f.message.find("`A-1`") == std::string::npos &&
                       f.message.find("`A-3`") == std::string::npos),
                      f.message);
    CHECK_FALSE(d.findings_new.empty());
}

TEST_CASE("diff: a version against itself has no changes") {
    const PlanDiff d = diff_plans(checked("a.yaml", after_text), checked("b.yaml", after_text));
    CHECK(d.empty());
}

TEST_CASE("finding identity: the rule and the first quoted id") {
    Finding a{"action-overdue",
              Severity::warning,
              "the action `A-1` was due on 2024-03-31",
              "x.yaml",
              3,
              5,
              "",
              "impact"};
    Finding b = a;
    b.line = 9;
    b.file = "HEAD~1:x.yaml";
    b.message = "the action `A-1` was due on 2024-04-30";
    CHECK(finding_identity(a) == finding_identity(b));
    b.message = "the action `A-2` was due on 2024-03-31";
    CHECK(finding_identity(a) != finding_identity(b));
    Finding plain = a;
    plain.rule = "no-purpose";
    plain.message = "the plan does not say what it is for";
    CHECK(finding_identity(plain) == "no-purpose\x1fthe plan does not say what it is for");
}

TEST_CASE("revision paths: REV:PATH unless the text is a path on disk") {
    const auto at = parse_revision_path("HEAD~1:plans/plan.yaml");
    REQUIRE(at.has_value());
    CHECK(at->revision == "HEAD~1");
    CHECK(at->path == "plans/plan.yaml");
    CHECK_FALSE(parse_revision_path("plan.yaml").has_value());
    CHECK_FALSE(parse_revision_path(":plan.yaml").has_value());
    CHECK_FALSE(parse_revision_path("HEAD:").has_value());
    const auto dir = test::scratch("revision-paths");
    test::write(dir / "a:b.yaml", "engage: 1\n");
    CHECK_FALSE(parse_revision_path((dir / "a:b.yaml").string()).has_value());
}

TEST_CASE("git: a revision that does not exist is a GitError with git's reason") {
    const auto dir = test::scratch("git-missing");
    setenv("GIT_CEILING_DIRECTORIES", dir.parent_path().string().c_str(), 1);
    CHECK_THROWS_AS(load_plan_at_revision({"HEAD", (dir / "plan.yaml").string()}), GitError);
    CHECK_THROWS_WITH_AS(load_plan_at_revision({"--output=x", "plan.yaml"}),
                         "`--output=x` is not a revision", GitError);
    unsetenv("GIT_CEILING_DIRECTORIES");
    const git::Output version = git::run({"--version"});
    if (version.status == 127)
        return; // no git on this machine: nothing more to ask of it
    CHECK(version.status == 0);
    CHECK(version.out.rfind("git version", 0) == 0);
}

TEST_CASE("diff: a changed title, lead and due date are changes, said field by field") {
    const char* const before = R"(engage: 1
plan:
  id: harbour
  title: Harbour plan
  period: {from: 2024-01-01, to: 2026-12-31}
bodies:
  - {id: board, name: Children's board, kind: board, decides: true}
actions:
  - {id: A-1, title: Publish minutes, lead: Senior Officer, due: 2024-03-31, status: planned}
commitments:
  - {id: c-1, by: Chair, commitment: attend, review: 2024-01-31, status: planned}
)";
    const char* const after = R"(engage: 1
plan:
  id: harbour
  title: Harbour participation plan
  period: {from: 2024-01-01}
bodies:
  - {id: board, name: Children's board, kind: board}
actions:
  - {id: A-1, title: Publish minutes, lead: Head of Service, due: 2024-05-31, status: planned}
commitments:
  - {id: c-1, by: Chair, commitment: attend every meeting, review: 2024-01-31, status: planned}
)";
    const PlanDiff d = diff_plans(checked("old.yaml", before), checked("new.yaml", after));
    CHECK_FALSE(d.empty());
    std::vector<std::string> changes;
    for (const FieldChange& c : d.field_changes)
        changes.push_back(c.kind + " " + c.id + " " + c.field + ": " + c.before + " -> " + c.after);
    CHECK(changes == std::vector<std::string>{
                         "plan harbour title: Harbour plan -> Harbour participation plan",
                         "plan harbour period.to: 2026-12-31 -> ",
                         "body board decides: true -> ",
                         "action A-1 lead: Senior Officer -> Head of Service",
                         "action A-1 due: 2024-03-31 -> 2024-05-31",
                         "commitment c-1 commitment: attend -> attend every meeting",
                     });
    std::ostringstream text;
    render_diff_text(text, d);
    CHECK(text.str().find("No changes.") == std::string::npos);
    CHECK(text.str().find("  action A-1, lead: \"Senior Officer\" -> \"Head of Service\"\n") !=
          std::string::npos);
    CHECK(text.str().find("  the plan's period.to: \"2026-12-31\" -> (not given)\n") !=
          std::string::npos);
    CHECK(text.str().find("6 details changed") != std::string::npos);
}

TEST_CASE("git: a path through a link and `..` is looked up where the file system has it") {
    if (git::run({"--version"}).status != 0)
        return; // no git on this machine
    const auto dir = std::filesystem::canonical(test::scratch("git-walk"));
    const auto repo = dir / "repo";
    test::write(repo / "good/plan.yaml", "engage: 1\nplan: {id: good, title: Good}\n");
    test::write(repo / "elsewhere/x.yaml", "engage: 1\nplan: {id: x, title: X}\n");
    std::filesystem::create_directories(repo / "elsewhere/deep");
    std::filesystem::create_directory_symlink(repo / "elsewhere/deep", repo / "good/lnk");
    // A history made here alone: no system or user configuration is read.
    struct Environment {
        explicit Environment(const std::string& ceiling) {
            setenv("GIT_CEILING_DIRECTORIES", ceiling.c_str(), 1);
            setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
            setenv("GIT_CONFIG_GLOBAL", "/dev/null", 1);
        }
        ~Environment() {
            unsetenv("GIT_CEILING_DIRECTORIES");
            unsetenv("GIT_CONFIG_NOSYSTEM");
            unsetenv("GIT_CONFIG_GLOBAL");
        }
    } environment(dir.string());
    const std::string at = repo.string();
    REQUIRE(git::run({"-C", at, "init", "-q"}).status == 0);
    REQUIRE(git::run({"-C", at, "add", "-A"}).status == 0);
    REQUIRE(git::run({"-C", at, "-c", "user.name=T", "-c", "user.email=t@example.org", "commit",
                      "-q", "-m", "plans"})
                .status == 0);
    // good/lnk/.. is elsewhere/, not good/ as the path's text would have it.
    const LoadedPlan x = load_plan_at_revision({"HEAD", (repo / "good/lnk/../x.yaml").string()});
    CHECK(x.plan.info.id.value == "x");
}
