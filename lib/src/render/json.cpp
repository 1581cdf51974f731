// The machine-readable result: the contract of FORMAT.md ("findings" with rule,
// severity, message, file, line, column, standard) plus plans, errors, summary.
#include "json_writer.hpp"

#include <engage/render.hpp>
#include <engage/version.hpp>

namespace engage {

namespace {
void write_finding(detail::JsonWriter& json, const Finding& f) {
    json.begin_object();
    json.key("rule").value(f.rule);
    json.key("severity").value(to_string(f.severity));
    json.key("message").value(f.message);
    json.key("file").value(f.file);
    json.key("line").value(f.line);
    json.key("column").value(f.column);
    if (!f.standard.empty())
        json.key("standard").value(f.standard);
    json.key("help").value(f.help);
    json.end_object();
}
} // namespace

void render_json(std::ostream& out, const ValidateResult& result) {
    detail::JsonWriter json(out);
    const std::vector<Finding> findings = result.all_findings();
    json.begin_object();
    json.key("tool")
        .begin_object()
        .key("name")
        .value("engage")
        .key("version")
        .value(version_string)
        .end_object();
    json.key("findings").begin_array();
    for (const Finding& f : findings)
        write_finding(json, f);
    json.end_array();
    json.key("plans").begin_array();
    for (const auto& loaded : result.plans) { // PlanResult
        const FindingCounts counts = count_findings(loaded.findings);
        json.begin_object();
        json.key("id").value(loaded.plan.info.id.value);
        json.key("title").value(loaded.plan.info.title.value);
        json.key("path").value(loaded.plan.path);
        json.key("files").begin_array();
        for (const auto& file : loaded.plan.files)
            json.value(file.path);
        json.end_array();
        json.key("errors").value(static_cast<std::uint64_t>(counts.errors));
        json.key("warnings").value(static_cast<std::uint64_t>(counts.warnings));
        json.key("infos").value(static_cast<std::uint64_t>(counts.infos));
        json.end_object();
    }
    json.end_array();
    json.key("errors").begin_array();
    for (const auto& error : result.errors) {
        json.begin_object()
            .key("path")
            .value(error.path)
            .key("message")
            .value(error.message)
            .end_object();
    }
    json.end_array();
    const FindingCounts counts = count_findings(findings);
    json.key("summary").begin_object();
    json.key("plans").value(static_cast<std::uint64_t>(result.plans.size()));
    json.key("files").value(static_cast<std::uint64_t>(result.file_count()));
    json.key("errors").value(static_cast<std::uint64_t>(counts.errors));
    json.key("warnings").value(static_cast<std::uint64_t>(counts.warnings));
    json.key("infos").value(static_cast<std::uint64_t>(counts.infos));
    json.end_object();
    json.end_object();
}

} // namespace engage
