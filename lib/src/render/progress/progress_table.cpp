// SPDX-License-Identifier: MIT
// `engage actions` and `engage commitments` for people: a plain-text table and
// a Markdown section per plan.
#include "render/progress/progress_words.hpp"
#include "render/shared/escape.hpp"
#include "util/printable.hpp"

#include <engage/diff.hpp>
#include <engage/progress.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace engage {

namespace {

constexpr std::size_t lead_limit = 30;
constexpr std::size_t title_limit = 60;

/// Columns in code points, as fmt pads them.
std::size_t width(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string date_or_dash(const std::optional<Date>& date) {
    return date ? date->to_string() : "-";
}

std::string or_dash(std::string_view text) {
    return text.empty() ? std::string("-") : std::string(text);
}

/// "Actions of dundee-yvop as of 2024-06-30: 3 of 42 (overdue)"
std::string heading(const ProgressReport& report) {
    const auto words = detail::progress_words(report.kind);
    const std::string filters = detail::describe_query(report.query, report.kind);
    return fmt::format("{} of {} as of {}: {} of {}{}", words.heading, or_dash(report.plan_id),
                       report.as_of.to_string(), report.items.size(), report.in_plan,
                       filters.empty() ? "" : " (" + filters + ")");
}

void text_table(std::ostream& out, const ProgressReport& report) {
    const auto words = detail::progress_words(report.kind);
    struct Row {
        std::string id, status, due, lead, note, title;
    };
    std::vector<Row> rows{
        {"id", "status", std::string(words.due), std::string(words.lead), "note", "title"}};
    for (const ProgressItem& item : report.items) {
        // Plan text, shown as printable() makes it: one line, no control characters.
        using detail::printable;
        rows.push_back({printable(or_dash(item.id)), std::string(status_name(item.status)),
                        date_or_dash(item.due),
                        printable(or_dash(detail::shorten(item.lead, lead_limit))),
                        printable(or_dash(detail::progress_note(item, report, true))),
                        printable(detail::shorten(item.title, title_limit))});
    }
    std::size_t w_id = 0, w_status = 0, w_due = 0, w_lead = 0, w_note = 0;
    for (const Row& row : rows) {
        w_id = std::max(w_id, width(row.id));
        w_status = std::max(w_status, width(row.status));
        w_due = std::max(w_due, width(row.due));
        w_lead = std::max(w_lead, width(row.lead));
        w_note = std::max(w_note, width(row.note));
    }
    for (const Row& row : rows) {
        out << fmt::format("  {:<{}}  {:<{}}  {:<{}}  {:<{}}  {:<{}}  {}", row.id, w_id, row.status,
                           w_status, row.due, w_due, row.lead, w_lead, row.note, w_note, row.title);
        out << '\n';
    }
}

} // namespace

void render_progress_text(std::ostream& out, const std::vector<ProgressReport>& reports) {
    bool first = true;
    for (const ProgressReport& report : reports) {
        if (!first)
            out << '\n';
        first = false;
        out << detail::shown(heading(report)) << '\n';
        if (report.items.empty()) {
            out << "  nothing to list\n";
            continue;
        }
        text_table(out, report);
        const ProgressSummary& s = report.summary;
        out << "  by status: " << detail::shown(detail::count_list(s.by_status)) << '\n';
        out << "  by " << detail::progress_words(report.kind).owner << ": "
            << detail::shown(detail::count_list(s.by_lead)) << '\n';
        if (report.kind == ProgressKind::actions)
            out << "  by standard: " << detail::shown(detail::count_list(s.by_standard)) << '\n';
        out << fmt::format("  {} overdue, {} blocked", s.overdue, s.blocked);
        if (report.query.due_within_days)
            out << fmt::format(", {} {} within {} days", s.due_soon,
                               detail::progress_words(report.kind).due,
                               *report.query.due_within_days);
        out << '\n';
    }
}

void render_progress_markdown(std::ostream& out, const std::vector<ProgressReport>& reports) {
    bool first = true;
    for (const ProgressReport& report : reports) {
        const auto words = detail::progress_words(report.kind);
        if (!first)
            out << '\n';
        first = false;
        out << "## " << detail::markdown_cell(heading(report)) << "\n\n";
        if (report.items.empty()) {
            out << "Nothing to list.\n";
            continue;
        }
        out << fmt::format("| ID | Status | {} | {} | Title | Note |\n",
                           words.due == "due" ? "Due" : "Review",
                           words.lead == "lead" ? "Lead" : "By");
        out << "|---|---|---|---|---|---|\n";
        for (const ProgressItem& item : report.items) {
            const std::string note = detail::progress_note(item, report, false);
            const bool stands_out = item.overdue || item.blocked();
            out << "| " << detail::markdown_cell(item.id) << " | "
                << detail::markdown_cell(status_name(item.status)) << " | "
                << date_or_dash(item.due) << " | " << detail::markdown_cell(or_dash(item.lead))
                << " | " << detail::markdown_cell(item.title) << " | "
                << (note.empty() ? std::string()
                    : stands_out ? "**" + detail::markdown_cell(note) + "**"
                                 : detail::markdown_cell(note))
                << " |\n";
        }
        const ProgressSummary& s = report.summary;
        out << "\n- By status: " << detail::markdown_cell(detail::count_list(s.by_status)) << '\n';
        out << "- By " << words.owner << ": "
            << detail::markdown_cell(detail::count_list(s.by_lead)) << '\n';
        if (report.kind == ProgressKind::actions)
            out << "- By standard: " << detail::markdown_cell(detail::count_list(s.by_standard))
                << '\n';
        out << fmt::format("- {} overdue, {} blocked\n", s.overdue, s.blocked);
    }
}

} // namespace engage
