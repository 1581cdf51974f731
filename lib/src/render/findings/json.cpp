// SPDX-License-Identifier: MIT
// The machine-readable result: the contract of FORMAT.md ("findings" with rule,
// severity, message, file, line, column, standard) plus plans, errors, summary.
#include "render/findings/finding_json.hpp"
#include "render/shared/json_writer.hpp"

#include <engage/render.hpp>
#include <engage/version.hpp>

#include <algorithm>
#include <optional>

namespace engage {

namespace detail {

void write_standards(JsonWriter& json, const Assessment& assessment,
                     const std::vector<Finding>* findings) {
    json.begin_array();
    for (const auto& standard : assessment.standards) {
        json.begin_object();
        json.key("key").value(standard.key);
        json.key("name").value(standard.name);
        json.key("status").value(to_string(standard.status));
        json.key("indicators_met").value(static_cast<std::uint64_t>(standard.indicators_met()));
        json.key("indicators_partly_met")
            .value(static_cast<std::uint64_t>(standard.indicators_partly_met()));
        if (standard.self_score)
            json.key("self_score").value(*standard.self_score);
        else
            json.key("self_score").null();
        json.key("indicators").begin_array();
        for (const auto& indicator : standard.indicators) {
            json.begin_object();
            json.key("id").value(indicator.id);
            json.key("text").value(indicator.text);
            json.key("status").value(to_string(indicator.status));
            json.key("rules").begin_array();
            for (const auto& rule : indicator.rules)
                json.value(rule);
            json.end_array();
            json.key("evidence_count").value(static_cast<std::uint64_t>(indicator.evidence_count));
            json.key("evidence").begin_array();
            for (const Evidence& item : indicator.evidence) {
                json.begin_object();
                json.key("rule").value(item.rule);
                json.key("what").value(item.what);
                json.key("file").value(item.file);
                json.key("line").value(item.line);
                json.key("column").value(item.column);
                json.end_object();
            }
            json.end_array();
            json.key("finding_count").value(static_cast<std::uint64_t>(indicator.finding_count));
            if (findings != nullptr) {
                // The problems against it (or, with no evidence, what its rules say is
                // missing): the first few; all of them are in `findings`.
                json.key("findings").begin_array();
                std::size_t listed = 0;
                for (const Finding& f : *findings) {
                    if (listed == Assessment::evidence_listed)
                        break;
                    if (std::find(indicator.rules.begin(), indicator.rules.end(), f.rule) ==
                        indicator.rules.end())
                        continue;
                    write_finding(json, f);
                    ++listed;
                }
                json.end_array();
            }
            json.end_object();
        }
        json.end_array();
        json.end_object();
    }
    json.end_array();
}

/// The top-level `standards`: the one plan's assessment, or for several plans
/// held against the same framework, each standard and indicator at the lowest
/// status any plan reached (so a collection is `met` only where every plan is).
std::optional<Assessment> overall_assessment(const std::vector<const Assessment*>& plans) {
    std::optional<Assessment> overall;
    for (const Assessment* plan : plans) {
        if (plan == nullptr)
            continue;
        if (!overall) {
            overall = *plan;
            for (auto& standard : overall->standards)
                standard.self_score.reset();
            continue;
        }
        if (plan->framework_id != overall->framework_id)
            continue;
        for (std::size_t s = 0; s < overall->standards.size(); ++s) {
            auto& mine = overall->standards[s];
            const auto& theirs = plan->standards[s];
            mine.status = std::max(mine.status, theirs.status); // not_met is the largest
            for (std::size_t i = 0; i < mine.indicators.size(); ++i) {
                mine.indicators[i].status =
                    std::max(mine.indicators[i].status, theirs.indicators[i].status);
            }
        }
    }
    if (overall && plans.size() > 1) {
        for (auto& standard : overall->standards) {
            for (auto& indicator : standard.indicators) {
                indicator.evidence.clear(); // per-plan detail lives under `plans`
                indicator.evidence_count = 0;
                indicator.finding_count = 0;
            }
        }
    }
    return overall;
}

void write_summary(JsonWriter& json, const ValidateResult& result) {
    const FindingCounts counts = result.counts();
    json.key("summary").begin_object();
    json.key("plans").value(static_cast<std::uint64_t>(result.plans.size()));
    json.key("files").value(static_cast<std::uint64_t>(result.file_count()));
    json.key("errors").value(static_cast<std::uint64_t>(counts.errors));
    json.key("warnings").value(static_cast<std::uint64_t>(counts.warnings));
    json.key("infos").value(static_cast<std::uint64_t>(counts.infos));
    json.end_object();
}

} // namespace detail

void render_json(std::ostream& out, const ValidateResult& result) {
    detail::JsonWriter json(out);
    const auto findings = result.all_findings();
    json.begin_object();
    detail::write_document_header(json, "validate");
    json.key("tool")
        .begin_object()
        .key("name")
        .value("engage")
        .key("version")
        .value(version_string)
        .end_object();
    json.key("findings").begin_array();
    for (const Finding* f : findings)
        detail::write_finding(json, *f);
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
        if (loaded.assessment) {
            json.key("framework").value(loaded.assessment->framework_id);
            json.key("standards");
            detail::write_standards(json, *loaded.assessment, &loaded.findings);
        }
        json.end_object();
    }
    json.end_array();
    json.key("standards");
    std::vector<const Assessment*> assessments;
    for (const auto& plan : result.plans)
        assessments.push_back(plan.assessment ? &*plan.assessment : nullptr);
    if (const auto overall = detail::overall_assessment(assessments)) {
        detail::write_standards(json, *overall);
    } else {
        json.begin_array().end_array();
    }
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
    detail::write_summary(json, result);
    json.end_object();
}

} // namespace engage
