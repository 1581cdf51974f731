// SPDX-License-Identifier: MIT
// The tables of output formats: a format is its renderer's file plus one line
// here. --format's choices, the completions (made from the CLI's choices) and
// the man pages (checked by test_formats.cpp) follow these tables.
#include <engage/diff.hpp>
#include <engage/progress.hpp>
#include <engage/render.hpp>

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

} // namespace

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
