// SPDX-License-Identifier: MIT
// GitLab Code Quality: the report a merge request widget compares between the
// source and target branches, matching issues by fingerprint.
#include "render/findings/ci_findings.hpp"
#include "render/shared/json_writer.hpp"

#include <engage/render.hpp>
#include <engage/rules.hpp>

#include <map>
#include <utility>

namespace engage {

namespace {

/// The check name of an input that could not be read (not a rule: nothing was checked).
constexpr std::string_view unreadable_input_check = "unreadable-input";

std::string_view code_quality_severity(const Finding& f) {
    // A file that cannot be read hides every other finding in it.
    const RuleInfo* rule = find_rule(f.rule);
    if (f.severity == Severity::error && rule != nullptr && rule->blocks_file)
        return "blocker";
    switch (f.severity) {
    case Severity::error:
        return "major";
    case Severity::warning:
        return "minor";
    case Severity::info:
        return "info";
    }
    return "info";
}

} // namespace

void render_gitlab(std::ostream& out, const ValidateResult& result, const RepositoryPaths& paths) {
    detail::JsonWriter json(out);
    json.begin_array();
    for (const auto& item : detail::ci_findings(result, paths)) {
        const Finding& f = *item.finding;
        json.begin_object();
        json.key("description").value(f.help.empty() ? f.message : f.message + " " + f.help);
        json.key("check_name").value(f.rule);
        json.key("fingerprint").value(item.fingerprint);
        json.key("severity").value(code_quality_severity(f));
        json.key("location").begin_object();
        json.key("path").value(item.path);
        json.key("lines").begin_object().key("begin").value(f.line == 0 ? 1U : f.line);
        json.end_object().end_object();
        json.end_object();
    }
    // An input that cannot be read hides every finding it might hold: a blocker,
    // so the merge request shows why its report is short, not an empty report.
    std::map<std::pair<std::string, std::string_view>, std::size_t> seen;
    for (const InputError& error : result.errors) {
        const std::string path = repository_path(paths, error.path);
        const std::size_t occurrence = seen[{path, error.message}]++;
        json.begin_object();
        json.key("description").value(error.message);
        json.key("check_name").value(unreadable_input_check);
        json.key("fingerprint")
            .value(finding_fingerprint(unreadable_input_check, path, error.message, occurrence));
        json.key("severity").value("blocker");
        json.key("location").begin_object();
        json.key("path").value(path);
        json.key("lines").begin_object().key("begin").value(1U);
        json.end_object().end_object();
        json.end_object();
    }
    json.end_array();
}

} // namespace engage
