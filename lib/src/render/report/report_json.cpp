// SPDX-License-Identifier: MIT
// The report as JSON: the output contract of FORMAT.md (`findings`,
// `standards`), then everything the other formats show, per plan.
#include "render/findings/finding_json.hpp"
#include "render/shared/json_writer.hpp"

#include <engage/report.hpp>
#include <engage/version.hpp>

#include <algorithm>

namespace engage {

namespace {

using detail::JsonWriter;

void optional_date(JsonWriter& json, std::string_view key, const std::optional<Date>& date) {
    json.key(key);
    if (date)
        json.value(date->to_string());
    else
        json.null();
}

template <class T>
void optional_number(JsonWriter& json, std::string_view key, const std::optional<T>& value) {
    json.key(key);
    if (value)
        json.value(static_cast<std::int64_t>(*value));
    else
        json.null();
}

void strings(JsonWriter& json, std::string_view key, const std::vector<std::string>& items) {
    json.key(key).begin_array();
    for (const auto& item : items)
        json.value(item);
    json.end_array();
}

void count(JsonWriter& json, std::string_view key, std::size_t value) {
    json.key(key).value(static_cast<std::uint64_t>(value));
}

void tallies(JsonWriter& json, std::string_view key, const std::vector<Tally>& rows) {
    json.key(key).begin_array();
    for (const auto& row : rows) {
        json.begin_object().key("label").value(row.label);
        count(json, "count", row.count);
        json.end_object();
    }
    json.end_array();
}

void write_counts(JsonWriter& json, const Report& r) {
    const auto& c = r.counts;
    json.key("counts").begin_object();
    count(json, "bodies", c.bodies);
    count(json, "forums", c.forums);
    count(json, "boards", c.boards);
    count(json, "deciding", c.deciding);
    count(json, "links", c.links);
    count(json, "groups", c.groups);
    count(json, "actions", c.actions);
    count(json, "actions_overdue", r.actions_overdue);
    count(json, "engagements", c.engagements);
    count(json, "commitments", c.commitments);
    count(json, "commitments_due", r.commitments_due());
    count(json, "errors", c.findings.errors);
    count(json, "warnings", c.findings.warnings);
    count(json, "infos", c.findings.infos);
    json.end_object();
}

void write_bodies(JsonWriter& json, const Report& r) {
    json.key("bodies").begin_array();
    for (const auto& b : r.bodies) {
        json.begin_object();
        json.key("id").value(b.id).key("name").value(b.name).key("kind").value(b.kind);
        json.key("decides").value(b.decides).key("led_by").value(b.led_by);
        json.key("meets").value(b.cadence).key("meetings_per_year").value(b.meetings_per_year);
        optional_number(json, "young_people", b.young_people);
        optional_number(json, "adults", b.adults);
        optional_number(json, "links_to_decision", b.links_to_decision);
        json.key("orphan").value(b.orphan).key("in_loop").value(b.in_loop);
        json.key("feeds_into").begin_array();
        for (const auto& feed : b.feeds_into) {
            json.begin_object().key("to").value(feed.to_id).key("how").value(feed.how);
            json.key("feedback").value(feed.feedback).end_object();
        }
        json.end_array().end_object();
    }
    json.end_array();
    json.key("representation").begin_array();
    for (const auto& g : r.representation) {
        json.begin_object().key("group").value(g.group_id).key("name").value(g.group_name);
        strings(json, "forums", g.forums);
        strings(json, "deciders", g.deciders);
        json.end_object();
    }
    json.end_array();
}

void write_actions(JsonWriter& json, const Report& r) {
    json.key("actions").begin_array();
    for (const auto& a : r.actions) {
        json.begin_object().key("id").value(a.id).key("title").value(a.title);
        json.key("priority").value(a.priority).key("lead").value(a.lead);
        json.key("status").value(a.status);
        optional_date(json, "due", a.due);
        optional_date(json, "done_on", a.done_on);
        strings(json, "standards", a.standards);
        json.key("overdue").value(a.overdue);
        json.key("days_overdue").value(static_cast<std::int64_t>(a.days_overdue));
        json.end_object();
    }
    json.end_array();
    tallies(json, "actions_by_status", r.actions_by_status);
    tallies(json, "actions_by_lead", r.actions_by_lead);
    tallies(json, "actions_by_standard", r.actions_by_standard);
}

void write_engagements(JsonWriter& json, const Report& r) {
    json.key("engagements").begin_array();
    for (const auto& e : r.engagements) {
        json.begin_object().key("id").value(e.id).key("title").value(e.title);
        json.key("method").value(e.method);
        optional_date(json, "date", e.date);
        strings(json, "you_said", e.you_said);
        strings(json, "we_did", e.we_did);
        optional_date(json, "fed_back_on", e.fed_back_on);
        optional_number(json, "days_to_feed_back", e.days_to_feed_back);
        json.key("awaiting_feedback").value(e.awaiting_feedback).end_object();
    }
    json.end_array();
    json.key("feedback_days").begin_object();
    count(json, "count", r.feedback_days.count);
    json.key("median").value(static_cast<std::int64_t>(r.feedback_days.median));
    json.key("min").value(static_cast<std::int64_t>(r.feedback_days.min));
    json.key("max").value(static_cast<std::int64_t>(r.feedback_days.max));
    json.end_object();
    json.key("commitments").begin_array();
    for (const auto& c : r.commitments) {
        json.begin_object().key("id").value(c.id).key("by").value(c.by);
        json.key("commitment").value(c.text).key("status").value(c.status);
        optional_date(json, "review", c.review);
        json.key("due_for_review").value(c.due_for_review).end_object();
    }
    json.end_array();
}

void write_plan(JsonWriter& json, const Report& r) {
    json.begin_object();
    json.key("id").value(r.id).key("title").value(r.title);
    json.key("area").value(r.area).key("owner").value(r.owner).key("path").value(r.path);
    strings(json, "files", r.files);
    optional_date(json, "from", r.from);
    optional_date(json, "to", r.to);
    optional_date(json, "review", r.review_date);
    optional_date(json, "as_of", r.as_of);
    json.key("fails").value(r.fails);
    write_counts(json, r);
    json.key("framework").value(r.assessment ? r.assessment->framework_id : std::string());
    json.key("standards");
    if (r.assessment)
        detail::write_standards(json, *r.assessment);
    else
        json.begin_array().end_array();
    write_bodies(json, r);
    strings(json, "orphan_forums", r.orphan_forums);
    write_actions(json, r);
    write_engagements(json, r);
    json.end_object();
}

} // namespace

void render_report_json(std::ostream& out, std::span<const Report> reports,
                        std::span<const InputError> errors) {
    JsonWriter json(out);
    json.begin_object();
    detail::write_document_header(json, "report");
    json.key("tool").begin_object().key("name").value("engage");
    json.key("version").value(version_string).end_object();
    std::vector<const Finding*> findings;
    std::vector<const Assessment*> assessments;
    for (const Report& r : reports) {
        for (const auto& group : r.findings) {
            for (const auto& finding : group.findings)
                findings.push_back(&finding);
        }
        assessments.push_back(r.assessment ? &*r.assessment : nullptr);
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding* a, const Finding* b) { return finding_less(*a, *b); });
    json.key("findings").begin_array();
    for (const Finding* f : findings)
        detail::write_finding(json, *f);
    json.end_array();
    json.key("standards");
    if (const auto overall = detail::overall_assessment(assessments))
        detail::write_standards(json, *overall);
    else
        json.begin_array().end_array();
    json.key("plans").begin_array();
    for (const Report& r : reports)
        write_plan(json, r);
    json.end_array();
    json.key("errors").begin_array();
    for (const auto& error : errors) {
        json.begin_object().key("path").value(error.path);
        json.key("message").value(error.message).end_object();
    }
    json.end_array();
    json.end_object();
    out << '\n';
}

} // namespace engage
