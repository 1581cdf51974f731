// SPDX-License-Identifier: MIT
#include "render/shared/ci_escape.hpp"
#include "test_support.hpp"

#include <engage/render.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace engage;

namespace {

/// One plan file whose findings are given, so each test names exactly what it renders.
ValidateResult with_findings(std::string text, std::vector<Finding> findings) {
    ValidateResult result;
    PlanResult plan;
    plan.plan.path = "plans/p.yaml";
    plan.plan.files.push_back(SourceFile{"plans/p.yaml", std::move(text)});
    plan.findings = std::move(findings);
    sort_findings(plan.findings);
    result.plans.push_back(std::move(plan));
    return result;
}

Finding finding(std::string_view rule, std::uint32_t line, std::uint32_t column,
                std::string message) {
    return make_finding(*find_rule(rule), line == 0 && column == 0 ? "" : "plans/p.yaml", line,
                        column, std::move(message));
}

template <class Render> std::string rendered(Render render, const ValidateResult& result) {
    std::ostringstream out;
    render(out, result, RepositoryPaths{});
    return out.str();
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("paths are named from the repository root") {
    const RepositoryPaths paths{"/repo/plans", "/repo"};
    CHECK(repository_path(paths, "p.yaml") == "plans/p.yaml");
    CHECK(repository_path(paths, "./sub/../p.yaml") == "plans/p.yaml");
    CHECK(repository_path(paths, "/repo/x/p.yaml") == "x/p.yaml");
    CHECK(repository_path(paths, "../../elsewhere/p.yaml") == "/elsewhere/p.yaml");
    CHECK(repository_path(RepositoryPaths{}, "./a/p.yaml") == "a/p.yaml");
}

TEST_CASE("the repository root is the nearest folder with .git, worktrees included") {
    const auto dir = test::scratch("repository-root");
    test::write(dir / "repo" / ".git", "gitdir: elsewhere\n"); // a worktree's .git is a file
    std::filesystem::create_directories(dir / "repo" / "plans" / "deep");
    const auto here = std::filesystem::current_path();
    std::filesystem::current_path(dir / "repo" / "plans" / "deep");
    const RepositoryPaths paths = find_repository_paths();
    std::filesystem::current_path(here);
    CHECK(paths.repository_root == std::filesystem::canonical(dir / "repo"));
    CHECK(repository_path(paths, "p.yaml") == "plans/deep/p.yaml");
}

TEST_CASE("fingerprints ignore lines, including lines the message quotes") {
    CHECK(finding_fingerprint("duplicate-key", "p.yaml", "`a` (first on line 14)", 0) ==
          finding_fingerprint("duplicate-key", "p.yaml", "`a` (first on line 15)", 0));
    CHECK(finding_fingerprint("duplicate-id", "p.yaml", "used at p.yaml:3:5", 0) ==
          finding_fingerprint("duplicate-id", "p.yaml", "used at p.yaml:4:5", 0));
    CHECK(finding_fingerprint("r", "p.yaml", "m", 0) != finding_fingerprint("r", "p.yaml", "m", 1));
    CHECK(finding_fingerprint("r", "p.yaml", "m", 0) != finding_fingerprint("r", "q.yaml", "m", 0));
    CHECK(finding_fingerprint("ab", "c", "m", 0) != finding_fingerprint("a", "bc", "m", 0));
    CHECK(finding_fingerprint("r", "p.yaml", "meets 3 times", 0) !=
          finding_fingerprint("r", "p.yaml", "meets 2 times", 0));
    CHECK(finding_fingerprint("r", "p", "m", 0).size() == 16);
}

TEST_CASE("XML text shows control characters, drops what XML 1.0 cannot hold, escapes markup") {
    CHECK(detail::xml_text("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
    CHECK(detail::xml_text(std::string("x\x01y\x1Fz\xEF\xBF\xBE", 8)) == "x\\x01y\\x1fz");
    CHECK(detail::xml_text("a\xFF") == "a\xEF\xBF\xBD");
    CHECK(detail::xml_text("l1\r\nl2\tx") == "l1&#13;\nl2\tx");
    CHECK(detail::xml_text("l1\r\nl2\tx", true) == "l1&#13;&#10;l2&#9;x");
}

TEST_CASE("GitHub workflow commands escape data and properties") {
    CHECK(detail::github_data("100%, a: b\r\nc") == "100%25, a: b%0D%0Ac");
    CHECK(detail::github_property("100%, a: b\r\nc") == "100%25%2C a%3A b%0D%0Ac");
}

TEST_CASE("a finding with no line is placed on its file, or on its plan") {
    const ValidateResult result =
        with_findings("engage: 1\n", {finding("no-groups", 0, 0, "no groups")});
    const std::string sarif = rendered(render_sarif, result);
    CHECK(contains(sarif, "\"uri\": \"plans/p.yaml\""));
    CHECK_FALSE(contains(sarif, "\"region\""));
    const std::string github = rendered(render_github, result);
    CHECK(github == "::warning file=plans/p.yaml,title=engage no-groups::no groups\n");
    const std::string gitlab = rendered(render_gitlab, result);
    CHECK(contains(gitlab, "\"begin\": 1"));
    CHECK(contains(gitlab, "\"severity\": \"minor\""));
}

TEST_CASE("SARIF columns count UTF-16 code units") {
    // U+1F642 is two UTF-16 units, U+00E9 one: `naem` is code point 8, unit 9.
    const ValidateResult result = with_findings("- {\xF0\x9F\x99\x82\xC3\xA9, naem: x}\n",
                                                {finding("unknown-key", 1, 8, "naem")});
    const std::string sarif = rendered(render_sarif, result);
    CHECK(contains(sarif, "\"startColumn\": 9"));
    CHECK(contains(sarif, "\"columnKind\": \"utf16CodeUnits\""));
}

TEST_CASE("GitLab marks a file that cannot be read as a blocker") {
    const ValidateResult result = with_findings(
        "a: [\n", {finding("yaml-syntax", 1, 4, "unclosed"), finding("unknown-key", 1, 1, "k")});
    const std::string gitlab = rendered(render_gitlab, result);
    CHECK(contains(gitlab, "\"severity\": \"blocker\""));
    CHECK(contains(gitlab, "\"severity\": \"major\""));
}

TEST_CASE("JUnit fails a rule's case only at the plan's failing level") {
    ValidateResult result = with_findings("engage: 1\n", {finding("unknown-key", 1, 1, "k <&>"),
                                                          finding("no-groups", 1, 1, "no groups")});
    const std::string errors_fail = rendered(render_junit, result);
    CHECK(contains(errors_fail, "failures=\"1\""));
    CHECK(contains(errors_fail, "<testcase name=\"unknown-key\" classname=\"plans/p.yaml\""));
    CHECK(contains(errors_fail, "error: k &lt;&amp;&gt;\n</failure>"));
    CHECK(contains(errors_fail, "<system-out>plans/p.yaml:1:1: warning: no groups"));
    result.plans.front().settings.fail_on = Severity::warning;
    CHECK(contains(rendered(render_junit, result), "failures=\"2\""));
}

TEST_CASE("an unreadable input is said in every CI format, from the result's data") {
    ValidateResult result = with_findings("engage: 1\n", {finding("no-groups", 0, 0, "no groups")});
    result.errors.push_back({"plans/gone.yaml", "cannot read: no such file or directory"});
    const std::string sarif = rendered(render_sarif, result);
    CHECK(contains(sarif, "\"executionSuccessful\": false"));
    CHECK(contains(sarif, "\"uri\": \"plans/gone.yaml\""));
    CHECK(contains(sarif, "\"text\": \"cannot read: no such file or directory\""));
    const std::string gitlab = rendered(render_gitlab, result);
    CHECK(contains(gitlab, "\"check_name\": \"unreadable-input\""));
    CHECK(contains(gitlab, "\"severity\": \"blocker\""));
    const std::string junit = rendered(render_junit, result);
    CHECK(contains(junit, "<testcase name=\"plans/gone.yaml\" classname=\"unreadable inputs\" "
                          "time=\"0\">"));
    CHECK_FALSE(contains(junit, "<testcase name=\"plans/gone.yaml\" file="));

    result.errors.clear();
    CHECK(contains(rendered(render_sarif, result), "\"executionSuccessful\": true"));
    CHECK_FALSE(contains(rendered(render_gitlab, result), "unreadable-input"));
}

TEST_CASE("SARIF tags a rule with its standard and the indicators it bears on") {
    const RuleInfo* rule = nullptr;
    for (const RuleInfo& candidate : all_rules()) {
        if (!candidate.standard.empty() && !candidate.indicators.empty()) {
            rule = &candidate;
            break;
        }
    }
    REQUIRE(rule != nullptr);
    const std::string sarif = rendered(render_sarif, ValidateResult{});
    const auto rule_at = sarif.find("\"id\": \"" + std::string(rule->code) + "\"");
    REQUIRE(rule_at != std::string::npos);
    const auto tags_at = sarif.find("\"tags\": [", rule_at);
    REQUIRE(tags_at != std::string::npos);
    const std::string tags = sarif.substr(tags_at, sarif.find(']', tags_at) - tags_at);
    std::vector<std::string_view> expected{rule->standard};
    expected.insert(expected.end(), rule->indicators.begin(), rule->indicators.end());
    std::size_t at = 0;
    for (const std::string_view tag : expected) {
        at = tags.find("\"" + std::string(tag) + "\"", at);
        CHECK_MESSAGE(at != std::string::npos, std::string(tag));
    }
}
