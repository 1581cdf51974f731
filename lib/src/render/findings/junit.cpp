// SPDX-License-Identifier: MIT
// JUnit XML for GitLab and Jenkins: each plan a test suite, each rule that ran
// on it a test case, failed when the rule found something at the failing level.
#include "render/findings/ci_findings.hpp"
#include "render/shared/ci_escape.hpp"

#include <engage/render.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>

#include <map>
#include <sstream>

namespace engage {

namespace {

using detail::xml_text;

using PlanFindings = std::vector<const detail::CiFinding*>;

/// Every `time` attribute. Consumers expect one (Jenkins sums them, GitLab shows
/// them), but a measured time would make two runs over the same plans differ,
/// and output is deterministic; a rule's check takes microseconds, so zero
/// seconds is also near the truth.
constexpr std::string_view no_time = "0";

struct RuleCase {
    const RuleInfo* rule = nullptr;
    std::vector<const detail::CiFinding*> failing; ///< at or above the plan's failing level
    std::vector<const detail::CiFinding*> passing; ///< below it: reported, not failed
};

std::string finding_line(const detail::CiFinding& item) {
    const Finding& f = *item.finding;
    std::string place = item.path;
    if (f.line != 0)
        place += fmt::format(":{}:{}", f.line, f.column);
    std::string line = fmt::format("{}: {}: {}\n", place, to_string(f.severity), f.message);
    if (!f.help.empty())
        line += "  help: " + f.help + "\n";
    return line;
}

std::string finding_lines(const std::vector<const detail::CiFinding*>& items) {
    std::string text;
    for (const auto* item : items)
        text += finding_line(*item);
    return text;
}

/// The rules that ran on `plan` (those its settings enable, and any that found
/// something), each with its findings, in registry order.
std::vector<RuleCase> rule_cases(const PlanResult& plan, const PlanFindings& findings) {
    std::map<std::string_view, std::vector<const detail::CiFinding*>> by_rule;
    for (const auto* item : findings)
        by_rule[item->finding->rule].push_back(item);
    const Severity fail_on = plan.settings.fail_on.value_or(Severity::error);
    std::vector<RuleCase> cases;
    for (const RuleInfo& rule : all_rules()) {
        const auto found = by_rule.find(rule.name);
        const bool ran = rule.always_on || plan.settings.rules.enabled(rule.name);
        if (!ran && found == by_rule.end())
            continue;
        RuleCase item{&rule, {}, {}};
        if (found != by_rule.end()) {
            for (const auto* finding : found->second)
                (finding->finding->severity >= fail_on ? item.failing : item.passing)
                    .push_back(finding);
        }
        cases.push_back(std::move(item));
    }
    return cases;
}

struct Counts {
    std::size_t tests = 0;
    std::size_t failures = 0;
    std::size_t errors = 0;
};

Counts write_plan_suite(std::ostream& out, const PlanResult& plan, const PlanFindings& findings,
                        const RepositoryPaths& paths) {
    const std::vector<RuleCase> cases = rule_cases(plan, findings);
    Counts counts;
    counts.tests = cases.size();
    for (const auto& item : cases)
        counts.failures += item.failing.empty() ? 0 : 1;
    const std::string& id = plan.plan.info.id.value;
    const std::string path = repository_path(paths, plan.plan.path);
    const std::string suite = xml_text(id.empty() ? path : id, true);
    out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
                       "skipped=\"0\" time=\"{}\" file=\"{}\">\n",
                       suite, counts.tests, counts.failures, no_time, xml_text(path, true));
    for (const auto& item : cases) {
        out << fmt::format("    <testcase name=\"{}\" classname=\"{}\" time=\"{}\"",
                           item.rule->name, suite, no_time);
        if (item.failing.empty() && item.passing.empty()) {
            out << "/>\n";
            continue;
        }
        out << ">\n";
        if (!item.failing.empty()) {
            const std::size_t n = item.failing.size();
            out << fmt::format("      <failure type=\"{}\" message=\"{} finding{} at the failing "
                               "level: {}\">",
                               item.rule->name, n, n == 1 ? "" : "s",
                               xml_text(item.rule->summary, true))
                << xml_text(finding_lines(item.failing)) << "</failure>\n";
        }
        if (!item.passing.empty())
            out << "      <system-out>" << xml_text(finding_lines(item.passing))
                << "</system-out>\n";
        out << "    </testcase>\n";
    }
    out << "  </testsuite>\n";
    return counts;
}

Counts write_input_errors(std::ostream& out, const ValidateResult& result,
                          const RepositoryPaths& paths) {
    Counts counts;
    if (result.errors.empty())
        return counts;
    counts.tests = counts.errors = result.errors.size();
    out << fmt::format("  <testsuite name=\"unreadable inputs\" tests=\"{}\" failures=\"0\" "
                       "errors=\"{}\" skipped=\"0\" time=\"{}\">\n",
                       counts.tests, counts.errors, no_time);
    for (const auto& error : result.errors) {
        // The case is named by the path: the one place it can be said, as the
        // Jenkins JUnit schema has no `file` on a test case.
        const std::string path = xml_text(repository_path(paths, error.path), true);
        out << fmt::format("    <testcase name=\"{}\" classname=\"unreadable inputs\" "
                           "time=\"{}\">\n      <error type=\"input\" message=\"{}\"/>\n"
                           "    </testcase>\n",
                           path, no_time, xml_text(error.message, true));
    }
    out << "  </testsuite>\n";
    return counts;
}

} // namespace

void render_junit(std::ostream& out, const ValidateResult& result, const RepositoryPaths& paths) {
    const auto findings = detail::ci_findings(result, paths);
    std::map<const PlanResult*, PlanFindings> by_plan;
    for (const auto& item : findings)
        by_plan[item.plan].push_back(&item);
    std::ostringstream suites;
    Counts total;
    for (const auto& plan : result.plans) {
        const Counts counts = write_plan_suite(suites, plan, by_plan[&plan], paths);
        total.tests += counts.tests;
        total.failures += counts.failures;
    }
    const Counts input = write_input_errors(suites, result, paths);
    total.tests += input.tests;
    total.errors += input.errors;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << fmt::format(
        "<testsuites name=\"engage\" tests=\"{}\" failures=\"{}\" errors=\"{}\" time=\"{}\">\n",
        total.tests, total.failures, total.errors, no_time);
    out << suites.str() << "</testsuites>\n";
}

} // namespace engage
