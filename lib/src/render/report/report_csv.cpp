// SPDX-License-Identifier: MIT
// The report as CSV tables for spreadsheets (RFC 4180). Plan text goes
// through csv_cell, which quotes and neutralises formulas; numbers and dates
// engage computes itself are written as they are, so a spreadsheet can sum them.
#include "render/shared/escape.hpp"

#include <engage/report.hpp>

#include <string>
#include <vector>

namespace engage {

namespace {

/// One CSV line: plan text cells escaped, ended with CRLF.
class CsvLine {
public:
    explicit CsvLine(std::ostream& out)
        : out_(out) {}
    ~CsvLine() { out_ << "\r\n"; }
    CsvLine(const CsvLine&) = delete;
    CsvLine& operator=(const CsvLine&) = delete;

    CsvLine& text(std::string_view cell) { return raw(detail::csv_cell(cell)); }
    CsvLine& number(long long value) { return raw(std::to_string(value)); }
    CsvLine& date(const std::optional<Date>& value) {
        return raw(value ? value->to_string() : std::string());
    }
    CsvLine& flag(bool value) { return raw(value ? "yes" : "no"); }
    CsvLine& list(const std::vector<std::string>& items) {
        std::string joined;
        for (const auto& item : items)
            joined += (joined.empty() ? "" : "; ") + item;
        return text(joined);
    }
    template <class T> CsvLine& maybe(const std::optional<T>& value) {
        return value ? number(static_cast<long long>(*value)) : raw("");
    }
    CsvLine& raw(std::string_view cell) {
        out_ << (first_ ? "" : ",") << cell;
        first_ = false;
        return *this;
    }

private:
    std::ostream& out_;
    bool first_ = true;
};

void header(std::ostream& out, std::initializer_list<std::string_view> columns) {
    CsvLine line(out);
    line.raw("plan");
    for (auto column : columns)
        line.raw(column);
}

std::string_view plan_name(const Report& r) {
    return r.id.empty() ? std::string_view(r.path) : std::string_view(r.id);
}

void findings(std::ostream& out, const Report& r, bool with_header) {
    if (with_header)
        header(out, {"severity", "rule", "standard", "message", "file", "line", "column", "help"});
    for (const auto& group : r.findings) {
        for (const auto& f : group.findings) {
            CsvLine(out)
                .text(plan_name(r))
                .raw(to_string(f.severity))
                .text(f.rule)
                .text(f.standard)
                .text(f.message)
                .text(f.file)
                .number(f.line)
                .number(f.column)
                .text(f.help);
        }
    }
}

void actions(std::ostream& out, const Report& r, bool with_header) {
    if (with_header)
        header(out, {"id", "title", "priority", "lead", "status", "due", "done_on", "overdue",
                     "days_overdue", "standards"});
    for (const auto& a : r.actions) {
        CsvLine line(out);
        line.text(plan_name(r))
            .text(a.id)
            .text(a.title)
            .text(a.priority)
            .text(a.lead)
            .text(a.status)
            .date(a.due)
            .date(a.done_on)
            .flag(a.overdue);
        if (a.overdue)
            line.number(a.days_overdue);
        else
            line.raw("");
        line.list(a.standards);
    }
}

void standards(std::ostream& out, const Report& r, bool with_header) {
    if (with_header)
        header(out, {"standard", "name", "status", "indicators_met", "indicators", "self_score"});
    for (const auto& s : r.standards) {
        CsvLine(out)
            .text(plan_name(r))
            .text(s.key)
            .text(s.name)
            .raw(to_string(s.status))
            .number(static_cast<long long>(s.indicators_met))
            .number(static_cast<long long>(s.indicators_total))
            .maybe(s.self_score);
    }
}

void bodies(std::ostream& out, const Report& r, bool with_header) {
    if (with_header)
        header(out, {"id", "name", "kind", "decides", "led_by", "meets", "meetings_per_year",
                     "young_people", "adults", "links_to_decision", "feeds_into",
                     "links_without_feedback"});
    for (const auto& b : r.bodies) {
        std::vector<std::string> to;
        long long without_feedback = 0;
        for (const auto& feed : b.feeds_into) {
            to.push_back(feed.to_id);
            without_feedback += feed.feedback.empty() ? 1 : 0;
        }
        CsvLine(out)
            .text(plan_name(r))
            .text(b.id)
            .text(b.name)
            .text(b.kind)
            .flag(b.decides)
            .text(b.led_by)
            .text(b.cadence)
            .number(b.meetings_per_year)
            .maybe(b.young_people)
            .maybe(b.adults)
            .maybe(b.links_to_decision)
            .list(to)
            .number(without_feedback);
    }
}

void engagements(std::ostream& out, const Report& r, bool with_header) {
    if (with_header)
        header(out, {"id", "title", "date", "method", "you_said", "we_did", "fed_back_on",
                     "days_to_feed_back", "awaiting_feedback"});
    for (const auto& e : r.engagements) {
        CsvLine(out)
            .text(plan_name(r))
            .text(e.id)
            .text(e.title)
            .date(e.date)
            .text(e.method)
            .list(e.you_said)
            .list(e.we_did)
            .date(e.fed_back_on)
            .maybe(e.days_to_feed_back)
            .flag(e.awaiting_feedback);
    }
}

} // namespace

std::optional<ReportTable> parse_report_table(std::string_view name) {
    for (std::size_t i = 0; i < report_table_names.size(); ++i) {
        if (report_table_names[i] == name)
            return static_cast<ReportTable>(i);
    }
    return std::nullopt;
}

std::string_view to_string(ReportTable table) {
    return report_table_names[static_cast<std::size_t>(table)];
}

void render_report_csv(std::ostream& out, std::span<const Report> reports, ReportTable table,
                       const CsvOptions& options) {
    if (options.bom)
        out << "\xEF\xBB\xBF";
    bool with_header = options.header;
    for (const Report& r : reports) {
        switch (table) {
        case ReportTable::findings:
            findings(out, r, with_header);
            break;
        case ReportTable::actions:
            actions(out, r, with_header);
            break;
        case ReportTable::standards:
            standards(out, r, with_header);
            break;
        case ReportTable::bodies:
            bodies(out, r, with_header);
            break;
        case ReportTable::engagements:
            engagements(out, r, with_header);
            break;
        }
        with_header = false;
    }
    if (reports.empty() && with_header) {
        const Report none;
        render_report_csv(out, std::span<const Report>(&none, 1), table, {false, true});
    }
}

} // namespace engage
