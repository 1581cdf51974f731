// SPDX-License-Identifier: MIT
// `engage actions` and `engage commitments` for machines: CSV and JSON.
#include "render/findings/finding_json.hpp"
#include "render/progress/progress_words.hpp"
#include "render/shared/escape.hpp"
#include "render/shared/json_writer.hpp"

#include <engage/diff.hpp>
#include <engage/progress.hpp>

namespace engage {

namespace {

std::string date_text(const std::optional<Date>& date) {
    return date ? date->to_string() : std::string();
}

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values)
        out += (out.empty() ? "" : ";") + v;
    return out;
}

void json_date(detail::JsonWriter& json, std::string_view key, const std::optional<Date>& date) {
    json.key(key);
    if (date)
        json.value(date->to_string());
    else
        json.null();
}

void json_counts(detail::JsonWriter& json, std::string_view key,
                 const std::vector<std::pair<std::string, std::size_t>>& counts) {
    json.key(key).begin_object();
    for (const auto& [name, n] : counts)
        json.key(name).value(static_cast<std::uint64_t>(n));
    json.end_object();
}

void json_item(detail::JsonWriter& json, const ProgressItem& item, const ProgressReport& report) {
    const auto words = detail::progress_words(report.kind);
    json.begin_object();
    json.key("id").value(item.id);
    json.key("title").value(item.title);
    json.key(words.lead).value(item.lead);
    json.key("status");
    if (item.status)
        json.value(to_string(*item.status));
    else
        json.null();
    json_date(json, words.due, item.due);
    if (report.kind == ProgressKind::actions) {
        json.key("priority").value(item.priority);
        json_date(json, "done_on", item.done_on);
        json.key("standards").begin_array();
        for (const auto& key : item.standards)
            json.value(key);
        json.end_array();
        json.key("completed_late").value(item.completed_late);
    }
    json.key("overdue").value(item.overdue);
    json.key("days_overdue").value(static_cast<std::int64_t>(item.days_overdue));
    json.key("due_in");
    if (item.due_in)
        json.value(static_cast<std::int64_t>(*item.due_in));
    else
        json.null();
    json.key("blocked").value(item.blocked());
    json.key("note").value(detail::progress_note(item, report, false));
    json.key("file").value(item.file);
    json.key("line").value(item.line);
    json.key("column").value(item.column);
    json.end_object();
}

} // namespace

void render_progress_csv(std::ostream& out, const std::vector<ProgressReport>& reports) {
    const auto words =
        detail::progress_words(reports.empty() ? ProgressKind::actions : reports.front().kind);
    out << "plan,id,status," << words.due << ",done_on," << words.lead
        << ",standards,priority,title,overdue,days_overdue,blocked,completed_late,note,file,"
           "line\r\n";
    for (const ProgressReport& report : reports) {
        for (const ProgressItem& item : report.items) {
            const std::string cells[] = {report.plan_id,
                                         item.id,
                                         std::string(status_name(item.status)),
                                         date_text(item.due),
                                         date_text(item.done_on),
                                         item.lead,
                                         joined(item.standards),
                                         item.priority,
                                         item.title,
                                         item.overdue ? "yes" : "no",
                                         item.overdue ? std::to_string(item.days_overdue) : "",
                                         item.blocked() ? "yes" : "no",
                                         item.completed_late ? "yes" : "no",
                                         detail::progress_note(item, report, false),
                                         item.file,
                                         std::to_string(item.line)};
            bool first = true;
            for (const auto& cell : cells) {
                out << (first ? "" : ",") << detail::csv_cell(cell);
                first = false;
            }
            out << "\r\n";
        }
    }
}

void render_progress_json(std::ostream& out, ProgressKind kind,
                          const std::vector<ProgressReport>& reports,
                          const std::vector<Finding>& findings) {
    detail::JsonWriter json(out);
    const auto words = detail::progress_words(kind);
    json.begin_object();
    detail::write_document_header(json, kind == ProgressKind::actions ? "actions" : "commitments");
    json.key("findings").begin_array();
    for (const Finding& f : findings)
        detail::write_finding(json, f);
    json.end_array();
    json.key("plans").begin_array();
    for (const ProgressReport& report : reports) {
        json.begin_object();
        json.key("plan").value(report.plan_id);
        json.key("path").value(report.plan_path);
        json.key("as_of").value(report.as_of.to_string());
        json.key("filters").value(detail::describe_query(report.query, report.kind));
        json.key("in_plan").value(static_cast<std::uint64_t>(report.in_plan));
        json.key(words.plural).begin_array();
        for (const ProgressItem& item : report.items)
            json_item(json, item, report);
        json.end_array();
        const ProgressSummary& s = report.summary;
        json.key("summary").begin_object();
        json.key("listed").value(static_cast<std::uint64_t>(s.total));
        json.key("overdue").value(static_cast<std::uint64_t>(s.overdue));
        json.key("blocked").value(static_cast<std::uint64_t>(s.blocked));
        json.key("due_soon").value(static_cast<std::uint64_t>(s.due_soon));
        json_counts(json, "by_status", s.by_status);
        json_counts(json, std::string("by_") + std::string(words.owner), s.by_lead);
        if (report.kind == ProgressKind::actions)
            json_counts(json, "by_standard", s.by_standard);
        json.end_object();
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

} // namespace engage
