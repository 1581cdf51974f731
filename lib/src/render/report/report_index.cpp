// SPDX-License-Identifier: MIT
// index.md of a batch run: every plan side by side, for an analyst comparing areas.
#include "render/report/report_text.hpp"
#include "render/shared/escape.hpp"

#include <engage/report.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace engage {

IndexEntry index_entry(const Report& report, std::string report_file) {
    IndexEntry entry;
    entry.id = report.id;
    entry.title = report.title;
    entry.area = report.area;
    entry.report_file = std::move(report_file);
    entry.standards = report.standards;
    entry.orphan_forums = report.orphan_forums;
    entry.actions = report.counts.actions;
    entry.actions_overdue = report.actions_overdue;
    entry.commitments_due = report.commitments_due();
    entry.feedback_days = report.feedback_days;
    entry.findings = report.counts.findings;
    return entry;
}

namespace {

using detail::markdown_cell;

/// The plan's name, linked to its report (file names are engage's own safe names).
std::string plan_link(const IndexEntry& plan) {
    const std::string name = markdown_cell(plan.title.empty() ? plan.id : plan.title);
    if (plan.report_file.empty())
        return name;
    return fmt::format("[{}]({})", name.empty() ? plan.report_file : name, plan.report_file);
}

/// Standards in the order they first appear (plans may follow different frameworks).
std::vector<std::pair<std::string, std::string>>
standard_columns(std::span<const IndexEntry> plans) {
    std::vector<std::pair<std::string, std::string>> columns;
    for (const auto& plan : plans) {
        for (const auto& s : plan.standards) {
            if (std::none_of(columns.begin(), columns.end(),
                             [&](const auto& c) { return c.first == s.key; }))
                columns.emplace_back(s.key, s.name);
        }
    }
    return columns;
}

void write_standards(std::ostream& out, std::span<const IndexEntry> plans) {
    const auto columns = standard_columns(plans);
    if (columns.empty())
        return;
    out << "## Standards\n\nEach cell is the standard's status and how many of its indicators are "
           "met. A "
           "blank cell: the plan follows another framework.\n\n| Plan |";
    std::string rule = "---|";
    for (const auto& column : columns) {
        out << ' ' << markdown_cell(column.second) << " |";
        rule += "---|";
    }
    out << "\n|" << rule << '\n';
    for (const auto& plan : plans) {
        out << "| " << plan_link(plan) << " |";
        for (const auto& column : columns) {
            auto it = std::find_if(plan.standards.begin(), plan.standards.end(),
                                   [&](const StandardRow& s) { return s.key == column.first; });
            if (it == plan.standards.end())
                out << "  |";
            else
                out << ' ' << detail::attainment_words(it->status) << " ("
                    << detail::indicators_text(*it) << " indicators) |";
        }
        out << '\n';
    }
    out << '\n';
}

void write_follow_through(std::ostream& out, std::span<const IndexEntry> plans) {
    out << "## Flow and follow-through\n\n";
    out << "| Plan | Area | Forums with no route to a decision | Overdue actions | Commitments "
           "due for review | Days to feed back | Errors | Warnings |\n";
    out << "|---|---|---|---|---|---|---|---|\n";
    for (const auto& plan : plans) {
        out << fmt::format("| {} | {} | {} | {} of {} | {} | {} | {} | {} |\n", plan_link(plan),
                           plan.area.empty() ? "-" : markdown_cell(plan.area),
                           plan.orphan_forums.size(), plan.actions_overdue, plan.actions,
                           plan.commitments_due, detail::days_text(plan.feedback_days),
                           plan.findings.errors, plan.findings.warnings);
    }
    out << '\n';
    const bool any_orphans = std::any_of(plans.begin(), plans.end(),
                                         [](const auto& p) { return !p.orphan_forums.empty(); });
    if (!any_orphans)
        return;
    out << "### Forums whose views reach no body that decides\n\n";
    for (const auto& plan : plans) {
        if (plan.orphan_forums.empty())
            continue;
        std::string names;
        for (const auto& name : plan.orphan_forums)
            names += (names.empty() ? "" : "; ") + markdown_cell(name);
        out << "- " << plan_link(plan) << ": " << names << '\n';
    }
    out << '\n';
}

} // namespace

void render_report_index(std::ostream& out, std::span<const IndexEntry> plans,
                         std::span<const std::string> tables, std::span<const InputError> errors) {
    out << "# Plans compared\n\n";
    out << detail::counted(plans.size(), "plan", "plans") << " reported";
    if (!errors.empty())
        out << "; " << detail::counted(errors.size(), "input", "inputs") << " could not be read";
    out << ".\n\n";
    if (!plans.empty()) {
        write_standards(out, plans);
        write_follow_through(out, plans);
    }
    if (!tables.empty()) {
        out << "## Tables for spreadsheets\n\nEvery plan's rows in one file, with the plan in "
               "the first column.\n\n";
        for (const auto& table : tables)
            out << "- [" << table << "](" << table << ")\n";
        out << '\n';
    }
    if (!errors.empty()) {
        out << "## Inputs that could not be read\n\n";
        for (const auto& error : errors)
            out << "- " << detail::markdown_inline(error.path) << ": "
                << detail::markdown_inline(error.message) << '\n';
        out << '\n';
    }
}

} // namespace engage
