// SPDX-License-Identifier: MIT
// index.md of a batch run: every plan side by side, for an analyst comparing areas.
#include "render/report/report_text.hpp"
#include "render/report/report_writer.hpp"

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

} // namespace engage

namespace engage::detail {

namespace {

/// The plan's name, linked to its report (file names are engage's own safe names).
Inline plan_link(const IndexEntry& plan) {
    const std::string name = plan.title.empty() ? plan.id : plan.title;
    if (plan.report_file.empty())
        return Inline(name);
    return Inline().link(name.empty() ? plan.report_file : name, plan.report_file);
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

void write_standards(ReportWriter& w, std::span<const IndexEntry> plans) {
    const auto columns = standard_columns(plans);
    if (columns.empty())
        return;
    w.heading(2, "Standards", slug_of("Standards"));
    w.paragraph("Each cell is the standard's verdict and, in brackets, for how many of its "
                "indicators the plan records evidence. A blank cell: the plan follows another "
                "framework.");
    Table table;
    table.columns.push_back("Plan");
    for (const auto& column : columns)
        table.columns.push_back(column.second);
    for (const auto& plan : plans) {
        std::vector<Inline> row{plan_link(plan)};
        for (const auto& column : columns) {
            auto it = std::find_if(plan.standards.begin(), plan.standards.end(),
                                   [&](const StandardRow& s) { return s.key == column.first; });
            if (it == plan.standards.end())
                row.emplace_back("");
            else
                row.push_back(
                    Inline()
                        .marked(attainment_words(it->status), to_string(it->status))
                        .text(fmt::format(" ({} of {})", it->indicators_met + it->indicators_partly,
                                          it->indicators_total)));
        }
        table.rows.push_back(std::move(row));
    }
    w.table(table);
}

void write_follow_through(ReportWriter& w, std::span<const IndexEntry> plans) {
    w.heading(2, "Flow and follow-through", slug_of("Flow and follow-through"));
    Table table{{"Plan", "Area", "Forums with no route to a decision", "Overdue actions",
                 "Commitments due for review", "Days to feed back", "Errors", "Warnings"},
                {}};
    for (const auto& plan : plans) {
        table.rows.push_back({plan_link(plan), plan.area.empty() ? "-" : plan.area,
                              std::to_string(plan.orphan_forums.size()),
                              fmt::format("{} of {}", plan.actions_overdue, plan.actions),
                              std::to_string(plan.commitments_due), days_text(plan.feedback_days),
                              std::to_string(plan.findings.errors),
                              std::to_string(plan.findings.warnings)});
    }
    w.table(table);
    std::vector<ListItem> orphans;
    for (const auto& plan : plans) {
        if (plan.orphan_forums.empty())
            continue;
        std::string names;
        for (const auto& name : plan.orphan_forums)
            names += (names.empty() ? "" : "; ") + name;
        orphans.push_back({Inline(plan_link(plan)).text(": " + names), {}});
    }
    if (orphans.empty())
        return;
    w.heading(3, "Forums whose views reach no body that decides",
              slug_of("Forums whose views reach no body that decides"));
    w.list(orphans);
}

} // namespace

void walk_index(ReportWriter& w, std::span<const IndexEntry> plans,
                std::span<const std::string> tables, std::span<const InputError> errors) {
    w.begin_document("Plans compared (engage report)");
    w.begin_plan(true);
    w.heading(1, "Plans compared", slug_of("Plans compared"));
    std::string words = counted(plans.size(), "plan", "plans") + " reported";
    if (!errors.empty())
        words += "; " + counted(errors.size(), "input", "inputs") + " could not be read";
    w.paragraph(words + ".");
    if (!plans.empty()) {
        write_standards(w, plans);
        write_follow_through(w, plans);
    }
    if (!tables.empty()) {
        w.heading(2, "Tables for spreadsheets", slug_of("Tables for spreadsheets"));
        w.paragraph("Every plan's rows in one file, with the plan in the first column.");
        std::vector<ListItem> links;
        for (const auto& table : tables)
            links.push_back({Inline().link(table, table), {}});
        w.list(links);
    }
    if (!errors.empty()) {
        w.heading(2, "Inputs that could not be read",
                  slug_of("Inputs that could not be read"));
        std::vector<ListItem> items;
        for (const auto& error : errors)
            items.push_back({error.path + ": " + error.message, {}});
        w.list(items);
    }
    w.end_plan();
    w.end_document();
}

} // namespace engage::detail
