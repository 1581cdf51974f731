// SPDX-License-Identifier: MIT
// `engage diff`: what changed between two versions of a plan, as text, as
// Markdown for meeting papers, and as JSON.
#include "render/findings/finding_json.hpp"
#include "render/shared/escape.hpp"
#include "render/shared/json_writer.hpp"
#include "util/printable.hpp"

#include <engage/diff.hpp>
#include <engage/progress.hpp>
#include <engage/render.hpp>

#include <fmt/format.h>

namespace engage {

namespace {

std::string status_text(const std::optional<Status>& status) {
    return status ? std::string(to_string(*status)) : std::string("no status");
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

/// "planned -> done on 2024-05-02, 32 days after it was due on 2024-03-31"
std::string change_text(const StatusChange& c, std::string_view arrow) {
    std::string text = fmt::format("{} {} {}", status_text(c.before), arrow, status_text(c.after));
    if (c.after == Status::done && c.done_on)
        text += " on " + c.done_on->to_string();
    if (c.completed_late)
        text += fmt::format(", {} after it was due on {}", plural(c.days_late, "day", "days"),
                            c.due->to_string());
    return text;
}

std::string entry_text(const DiffEntry& e) {
    std::string text = e.id;
    if (!e.kind.empty())
        text += " (" + e.kind + ")";
    if (!e.label.empty())
        text += ": " + e.label;
    return text;
}

/// `"old" -> "new"`, with "(not given)" for a side that has no value.
std::string field_values(const FieldChange& c, std::string_view arrow) {
    const auto value = [](const std::string& v) {
        return v.empty() ? std::string("(not given)") : "\"" + v + "\"";
    };
    return fmt::format("{} {} {}", value(c.before), arrow, value(c.after));
}

/// "action ACT-1, lead", "the plan's title".
std::string field_place(const FieldChange& c) {
    if (c.kind == "plan")
        return "the plan's " + c.field;
    return fmt::format("{} {}, {}", c.kind, c.id, c.field);
}

std::string link_text(const DiffLink& l, std::string_view arrow) {
    return fmt::format("{} {} {}{}", l.from, arrow, l.to,
                       l.has_feedback ? " (with a way back)" : " (no way back)");
}

/// The one-line count of everything that changed.
std::string summary_text(const PlanDiff& d) {
    std::vector<std::string> parts;
    const auto add = [&](std::size_t n, std::string_view one, std::string_view many) {
        if (n > 0)
            parts.push_back(plural(n, one, many));
    };
    add(d.bodies_added.size(), "body added", "bodies added");
    add(d.bodies_removed.size(), "body removed", "bodies removed");
    add(d.links_added.size(), "link added", "links added");
    add(d.links_removed.size(), "link removed", "links removed");
    add(d.actions_added.size(), "action added", "actions added");
    add(d.actions_removed.size(), "action removed", "actions removed");
    std::size_t late = 0;
    for (const auto& c : d.action_changes)
        late += c.completed_late;
    add(d.action_changes.size(), "action changed status", "actions changed status");
    add(late, "completed late", "completed late");
    add(d.commitments_added.size(), "commitment added", "commitments added");
    add(d.commitments_removed.size(), "commitment removed", "commitments removed");
    add(d.commitment_changes.size(), "commitment changed status", "commitments changed status");
    add(d.field_changes.size(), "detail changed", "details changed");
    add(d.findings_new.size(), "new finding", "new findings");
    add(d.findings_resolved.size(), "finding resolved", "findings resolved");
    add(d.standards_moved.size(), "standard moved", "standards moved");
    std::string out;
    for (const auto& part : parts)
        out += (out.empty() ? "" : ", ") + part;
    return out.empty() ? "No changes." : out + ".";
}

/// Writes `title (N):` and one line per item, when there are any.
template <class T, class Line>
void text_section(std::ostream& out, std::string_view title, const std::vector<T>& items,
                  Line line) {
    if (items.empty())
        return;
    out << title << " (" << items.size() << "):\n";
    for (const T& item : items)
        out << "  " << detail::shown(line(item)) << '\n'; // ids and names are plan text
}

template <class T, class Line>
void markdown_list(std::ostream& out, std::string_view label, const std::vector<T>& items,
                   Line line) {
    for (const T& item : items)
        out << "- " << label << ": " << line(item) << '\n';
}

} // namespace

void render_diff_text(std::ostream& out, const PlanDiff& d) {
    using detail::printable;
    out << fmt::format("Changes to {}: {} -> {}\n",
                       d.plan_id.empty() ? "the plan" : printable(d.plan_id), printable(d.old_name),
                       printable(d.new_name));
    if (d.old_plan_id != d.plan_id)
        out << fmt::format("Note: these are two different plans (the old one is {})\n",
                           d.old_plan_id.empty() ? "without an id" : printable(d.old_plan_id));
    const auto entry = [](std::string_view sign) {
        return [sign](const DiffEntry& e) { return std::string(sign) + " " + entry_text(e); };
    };
    const auto link = [](std::string_view sign) {
        return [sign](const DiffLink& l) { return std::string(sign) + " " + link_text(l, "->"); };
    };
    const auto change = [](const StatusChange& c) { return c.id + ": " + change_text(c, "->"); };
    const auto finding = [](const Finding& f) { return format_finding_line(f); };
    text_section(out, "Bodies added", d.bodies_added, entry("+"));
    text_section(out, "Bodies removed", d.bodies_removed, entry("-"));
    text_section(out, "Links added", d.links_added, link("+"));
    text_section(out, "Links removed", d.links_removed, link("-"));
    text_section(out, "Actions added", d.actions_added, entry("+"));
    text_section(out, "Actions removed", d.actions_removed, entry("-"));
    text_section(out, "Actions whose status changed", d.action_changes, change);
    text_section(out, "Commitments added", d.commitments_added, entry("+"));
    text_section(out, "Commitments removed", d.commitments_removed, entry("-"));
    text_section(out, "Commitments whose status changed", d.commitment_changes, change);
    text_section(out, "Details changed", d.field_changes, [](const FieldChange& c) {
        return field_place(c) + ": " + field_values(c, "->");
    });
    text_section(out, "New findings", d.findings_new, finding);
    text_section(out, "Resolved findings", d.findings_resolved, finding);
    text_section(out, "Standards whose status moved", d.standards_moved, [](const StandardMove& m) {
        return fmt::format("{}: {} -> {}", m.name, to_string(m.before), to_string(m.after));
    });
    out << summary_text(d) << '\n';
}

void render_diff_markdown(std::ostream& out, const PlanDiff& d) {
    using detail::markdown_cell;
    out << "## Changes to " << markdown_cell(d.title.empty() ? d.plan_id : d.title) << "\n\n";
    out << "From " << markdown_cell(d.old_name) << " to " << markdown_cell(d.new_name) << ": "
        << summary_text(d) << '\n';
    if (d.old_plan_id != d.plan_id)
        out << "\nThese are two different plans: the old one is "
            << markdown_cell(d.old_plan_id.empty() ? "without an id" : d.old_plan_id) << ".\n";
    const auto entry = [](const DiffEntry& e) { return markdown_cell(entry_text(e)); };
    const auto link = [](const DiffLink& l) { return markdown_cell(link_text(l, "→")); };
    const auto change = [](const StatusChange& c) {
        return "**" + markdown_cell(c.id) + "** " + markdown_cell(change_text(c, "→")) +
               (c.completed_late ? " (**late**)" : "");
    };
    if (!d.bodies_added.empty() || !d.bodies_removed.empty() || !d.links_added.empty() ||
        !d.links_removed.empty()) {
        out << "\n### Forums, boards and links\n\n";
        markdown_list(out, "Added", d.bodies_added, entry);
        markdown_list(out, "Removed", d.bodies_removed, entry);
        markdown_list(out, "Link added", d.links_added, link);
        markdown_list(out, "Link removed", d.links_removed, link);
    }
    if (!d.actions_added.empty() || !d.actions_removed.empty() || !d.action_changes.empty()) {
        out << "\n### Actions\n\n";
        markdown_list(out, "Added", d.actions_added, entry);
        markdown_list(out, "Removed", d.actions_removed, entry);
        markdown_list(out, "Status", d.action_changes, change);
    }
    if (!d.commitments_added.empty() || !d.commitments_removed.empty() ||
        !d.commitment_changes.empty()) {
        out << "\n### Commitments\n\n";
        markdown_list(out, "Added", d.commitments_added, entry);
        markdown_list(out, "Removed", d.commitments_removed, entry);
        markdown_list(out, "Status", d.commitment_changes, change);
    }
    if (!d.field_changes.empty()) {
        out << "\n### Details changed\n\n";
        markdown_list(out, "Changed", d.field_changes, [](const FieldChange& c) {
            return markdown_cell(field_place(c)) + ": " + markdown_cell(field_values(c, "→"));
        });
    }
    if (!d.findings_new.empty() || !d.findings_resolved.empty()) {
        out << "\n### Findings\n\n| | Severity | Rule | Message | Where |\n|---|---|---|---|---|\n";
        const auto rows = [&](std::string_view label, const std::vector<Finding>& findings) {
            for (const Finding& f : findings) {
                out << "| " << label << " | " << to_string(f.severity) << " | "
                    << markdown_cell(f.rule) << " | " << markdown_cell(f.message) << " | "
                    << markdown_cell(f.line > 0 ? fmt::format("{}:{}", f.file, f.line) : f.file)
                    << " |\n";
            }
        };
        rows("New", d.findings_new);
        rows("Resolved", d.findings_resolved);
    }
    if (!d.standards_moved.empty()) {
        out << "\n### Standards\n\n| Standard | Before | After |\n|---|---|---|\n";
        for (const StandardMove& m : d.standards_moved)
            out << "| " << markdown_cell(m.name) << " | " << to_string(m.before) << " | "
                << to_string(m.after) << " |\n";
    }
}

namespace {

void json_entries(detail::JsonWriter& json, std::string_view key,
                  const std::vector<DiffEntry>& entries) {
    json.key(key).begin_array();
    for (const DiffEntry& e : entries) {
        json.begin_object().key("id").value(e.id).key("label").value(e.label);
        if (!e.kind.empty())
            json.key("kind").value(e.kind);
        json.end_object();
    }
    json.end_array();
}

void json_links(detail::JsonWriter& json, std::string_view key,
                const std::vector<DiffLink>& links) {
    json.key(key).begin_array();
    for (const DiffLink& l : links)
        json.begin_object()
            .key("from")
            .value(l.from)
            .key("to")
            .value(l.to)
            .key("feedback")
            .value(l.has_feedback)
            .end_object();
    json.end_array();
}

void json_changes(detail::JsonWriter& json, std::string_view key,
                  const std::vector<StatusChange>& changes) {
    const auto optional_text = [&](std::string_view name, const std::optional<std::string>& v) {
        json.key(name);
        if (v)
            json.value(*v);
        else
            json.null();
    };
    const auto status = [](const std::optional<Status>& s) {
        return s ? std::optional<std::string>(to_string(*s)) : std::nullopt;
    };
    const auto date = [](const std::optional<Date>& d) {
        return d ? std::optional<std::string>(d->to_string()) : std::nullopt;
    };
    json.key(key).begin_array();
    for (const StatusChange& c : changes) {
        json.begin_object().key("id").value(c.id).key("label").value(c.label);
        optional_text("before", status(c.before));
        optional_text("after", status(c.after));
        optional_text("due", date(c.due));
        optional_text("done_on", date(c.done_on));
        json.key("completed_late").value(c.completed_late);
        json.key("days_late").value(static_cast<std::int64_t>(c.days_late));
        json.end_object();
    }
    json.end_array();
}

} // namespace

void render_diff_json(std::ostream& out, const PlanDiff& d) {
    detail::JsonWriter json(out);
    json.begin_object();
    detail::write_document_header(json, "diff");
    json.key("old").value(d.old_name);
    json.key("new").value(d.new_name);
    json.key("plan").value(d.plan_id);
    json.key("old_plan").value(d.old_plan_id);
    json.key("findings").begin_array();
    for (const Finding& f : d.findings_new)
        detail::write_finding(json, f);
    json.end_array();
    json.key("resolved_findings").begin_array();
    for (const Finding& f : d.findings_resolved)
        detail::write_finding(json, f);
    json.end_array();
    json_entries(json, "bodies_added", d.bodies_added);
    json_entries(json, "bodies_removed", d.bodies_removed);
    json_links(json, "links_added", d.links_added);
    json_links(json, "links_removed", d.links_removed);
    json_entries(json, "actions_added", d.actions_added);
    json_entries(json, "actions_removed", d.actions_removed);
    json_changes(json, "action_status_changes", d.action_changes);
    json_entries(json, "commitments_added", d.commitments_added);
    json_entries(json, "commitments_removed", d.commitments_removed);
    json_changes(json, "commitment_status_changes", d.commitment_changes);
    json.key("field_changes").begin_array();
    for (const FieldChange& c : d.field_changes) {
        json.begin_object().key("kind").value(c.kind).key("id").value(c.id);
        json.key("field").value(c.field);
        for (const auto& [key, value] : {std::pair{"before", &c.before}, {"after", &c.after}}) {
            json.key(key);
            if (value->empty())
                json.null();
            else
                json.value(*value);
        }
        json.end_object();
    }
    json.end_array();
    json.key("standards_moved").begin_array();
    for (const StandardMove& m : d.standards_moved)
        json.begin_object()
            .key("key")
            .value(m.key)
            .key("name")
            .value(m.name)
            .key("before")
            .value(to_string(m.before))
            .key("after")
            .value(to_string(m.after))
            .end_object();
    json.end_array();
    json.key("summary").value(summary_text(d));
    json.end_object();
}

} // namespace engage
