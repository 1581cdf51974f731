// SPDX-License-Identifier: MIT
// The tables of output formats: a format is its renderer's file plus one line
// here. --format's choices, the completions (made from the CLI's choices) and
// the man pages (checked by test_formats.cpp) follow these tables.
#include <engage/diff.hpp>
#include <engage/progress.hpp>
#include <engage/render.hpp>
#include <engage/report.hpp>

#include <algorithm>
#include <array>

namespace engage {

namespace {

/// A progress renderer whose output has no place for findings.
template <void (*Render)(std::ostream&, const std::vector<ProgressReport>&)>
void without_findings(std::ostream& out, ProgressKind, const std::vector<ProgressReport>& reports,
                      const std::vector<Finding>&) {
    Render(out, reports);
}

/// Text with its source lines (`show_source`) or without.
template <bool ShowSource>
void text_findings(std::ostream& out, const ValidateResult& result,
                   const FindingsContext& context) {
    TextStyle style = context.style;
    style.show_source = ShowSource;
    render_text(out, result, style);
}

void audit_text(std::ostream& out, const ValidateResult& result, const FindingsContext& context) {
    TextStyle style = context.style;
    style.show_source = true;
    render_audit_text(out, result, style);
}

template <void (*Render)(std::ostream&, const ValidateResult&)>
void without_context(std::ostream& out, const ValidateResult& result, const FindingsContext&) {
    Render(out, result);
}

template <void (*Render)(std::ostream&, const ValidateResult&, const RepositoryPaths&)>
void from_repository(std::ostream& out, const ValidateResult& result,
                     const FindingsContext& context) {
    Render(out, result, context.repository);
}

/// A report renderer that needs nothing but the reports.
template <void (*Render)(std::ostream&, std::span<const Report>)>
void reports_only(std::ostream& out, std::span<const Report> reports, const ReportContext&) {
    Render(out, reports);
}

void report_csv(std::ostream& out, std::span<const Report> reports, const ReportContext& context) {
    render_report_csv(out, reports, context.table, context.csv);
}

void report_json(std::ostream& out, std::span<const Report> reports, const ReportContext& context) {
    render_report_json(out, reports, context.errors);
}

} // namespace

/// A "You said, we did" renderer over the reports' pages.
template <void (*Render)(std::ostream&, std::span<const YouSaidWeDid>)>
void young_people_pages(std::ostream& out, std::span<const Report> reports, const ReportContext&) {
    std::vector<YouSaidWeDid> pages;
    pages.reserve(reports.size());
    for (const Report& report : reports)
        pages.push_back(report.young_people);
    Render(out, pages);
}

std::span<const ReportFormat> report_formats() {
    static constexpr std::array formats{
        ReportFormat{board_audience, "markdown", ".md", reports_only<render_report_markdown>,
                     render_report_index, "index.md"},
        ReportFormat{board_audience, "csv", ".csv", report_csv, render_report_index, "index.md",
                     true},
        ReportFormat{board_audience, "html", ".html", reports_only<render_report_html>,
                     render_report_index_html, "index.html"},
        ReportFormat{board_audience, "json", ".json", report_json, render_report_index, "index.md"},
        ReportFormat{young_people_audience, "markdown", ".young-people.md",
                     young_people_pages<render_you_said_we_did_markdown>, nullptr, ""},
        ReportFormat{young_people_audience, "html", ".young-people.html",
                     young_people_pages<render_you_said_we_did_html>, nullptr, ""},
    };
    return formats;
}

const ReportFormat* find_report_format(std::string_view audience, std::string_view name) {
    for (const ReportFormat& format : report_formats()) {
        if (format.audience == audience && format.name == name)
            return &format;
    }
    return nullptr;
}

std::vector<std::string> report_format_names(std::string_view audience) {
    std::vector<std::string> names;
    for (const ReportFormat& format : report_formats()) {
        if (format.audience == audience)
            names.emplace_back(format.name);
    }
    return names;
}

std::vector<std::string> report_audiences() {
    std::vector<std::string> audiences;
    for (const ReportFormat& format : report_formats()) {
        if (std::find(audiences.begin(), audiences.end(), format.audience) == audiences.end())
            audiences.emplace_back(format.audience);
    }
    return audiences;
}

std::span<const FindingsFormat> findings_formats() {
    static constexpr std::array formats{
        FindingsFormat{"text", text_findings<true>, false, true, true},
        FindingsFormat{"concise", text_findings<false>, false, true, false},
        FindingsFormat{"json", without_context<render_json>},
        FindingsFormat{"sarif", from_repository<render_sarif>, true},
        FindingsFormat{"github", from_repository<render_github>, true},
        FindingsFormat{"junit", from_repository<render_junit>, true},
        FindingsFormat{"gitlab", from_repository<render_gitlab>, true},
    };
    return formats;
}

std::span<const FindingsFormat> audit_formats() {
    static constexpr std::array formats{
        FindingsFormat{"text", audit_text, false, false, true},
        FindingsFormat{"concise", text_findings<false>},
        FindingsFormat{"json", without_context<render_audit_json>},
        FindingsFormat{"sarif", from_repository<render_sarif>, true},
        FindingsFormat{"github", from_repository<render_github>, true},
        FindingsFormat{"junit", from_repository<render_junit>, true},
        FindingsFormat{"gitlab", from_repository<render_gitlab>, true},
    };
    return formats;
}

std::span<const DiffFormat> diff_formats() {
    static constexpr std::array formats{
        DiffFormat{"text", render_diff_text},
        DiffFormat{"markdown", render_diff_markdown},
        DiffFormat{"json", render_diff_json},
    };
    return formats;
}

std::span<const ProgressFormat> progress_formats() {
    static constexpr std::array formats{
        ProgressFormat{"text", without_findings<render_progress_text>, false},
        ProgressFormat{"markdown", without_findings<render_progress_markdown>, false},
        ProgressFormat{"csv", without_findings<render_progress_csv>, false},
        ProgressFormat{"json", render_progress_json, true},
    };
    return formats;
}

} // namespace engage
