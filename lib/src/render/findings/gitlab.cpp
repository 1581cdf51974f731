// SPDX-License-Identifier: MIT
// GitLab Code Quality: the report a merge request widget compares between the
// source and target branches, matching issues by fingerprint.
#include "render/findings/ci_findings.hpp"
#include "render/shared/json_writer.hpp"

#include <engage/render.hpp>
#include <engage/rules.hpp>

namespace engage {

namespace {

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
    json.end_array();
}

} // namespace engage
