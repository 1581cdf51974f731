// SPDX-License-Identifier: MIT
// The report as one self-contained HTML page: inline CSS, the flow as inline
// SVG, no script, nothing fetched (a Content-Security-Policy says so too).
// Written as well-formed XML (void elements closed), so any XML parser reads it.
#include "render/report/report_svg.hpp"
#include "render/report/report_text.hpp"
#include "render/shared/escape.hpp"
#include "render/shared/html_page.hpp"

#include <engage/report.hpp>

#include <fmt/format.h>

namespace engage {

namespace {

using detail::html_text;

constexpr std::string_view style = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0;color:#1c2833;background:#fdfefe;line-height:1.45}
main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}
article+article{border-top:4px solid #d5dbdb;margin-top:2rem}
h1{font-size:1.7rem;margin:1rem 0 .3rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #d5dbdb}
h3{font-size:1.05rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.95rem}
th,td{border:1px solid #d5dbdb;padding:.3rem .55rem;text-align:left;vertical-align:top}
th{background:#f2f4f4}
.met{background:#d5f5e3}.partly{background:#fcf3cf}.not-met{background:#fadbd8}
.error{color:#922b21;font-weight:bold}.warning{color:#9a7d0a;font-weight:bold}.info{color:#1f618d}
.facts{list-style:none;padding:0;color:#424949}.facts li{display:inline;margin-right:1.2rem}
.flow{max-width:100%;height:auto;border:1px solid #d5dbdb;background:#fff}
.flow text{font-size:13px;fill:#1c2833}
@media print{h2{break-after:avoid}table,svg{break-inside:avoid}}
)";

void table_start(std::ostream& out, std::initializer_list<std::string_view> columns) {
    out << "<table><thead><tr>";
    for (auto column : columns)
        out << "<th scope=\"col\">" << column << "</th>";
    out << "</tr></thead><tbody>\n";
}

void row(std::ostream& out, std::initializer_list<std::string> cells) {
    out << "<tr>";
    for (const auto& cell : cells)
        out << "<td>" << cell << "</td>";
    out << "</tr>\n";
}

constexpr std::string_view table_end = "</tbody></table>\n";

std::string joined(const std::vector<std::string>& items, std::string_view none = "-") {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : "; ") + html_text(item);
    return out.empty() ? std::string(none) : out;
}

void write_overview(std::ostream& out, const Report& r) {
    out << "<h1>" << html_text(r.title.empty() ? (r.id.empty() ? "Untitled plan" : r.id) : r.title)
        << "</h1>\n<ul class=\"facts\">";
    auto fact = [&](std::string_view label, const std::string& value) {
        if (!value.empty())
            out << "<li>" << label << ": " << html_text(value) << "</li>";
    };
    fact("Plan", r.id);
    fact("Area", r.area);
    fact("Owner", r.owner);
    if (r.from || r.to)
        fact("Period", detail::date_text(r.from, "?") + " to " + detail::date_text(r.to, "?"));
    fact("Checked against", r.framework_name);
    fact("As of", detail::date_text(r.as_of));
    out << "</ul>\n<h2>Summary</h2>\n<ul>\n";
    for (const auto& line : detail::summary_lines(r))
        out << "<li>" << line << "</li>\n";
    out << "</ul>\n";
}

void write_standards(std::ostream& out, const Report& r) {
    out << "<h2>Standards</h2>\n";
    if (r.standards.empty()) {
        out << "<p>The plan could not be assessed against a framework.</p>\n";
        return;
    }
    table_start(out, {"Standard", "Status", "Indicators met", "Self-assessed"});
    for (const auto& s : r.standards) {
        out << "<tr><td>" << html_text(s.name) << "</td><td class=\"" << to_string(s.status)
            << "\">" << detail::attainment_words(s.status) << "</td><td>"
            << detail::indicators_text(s) << "</td><td>" << detail::self_score_text(s)
            << "</td></tr>\n";
    }
    out << table_end;
    if (!r.assessment)
        return;
    out << "<p>An indicator is met when the plan records evidence for it and no check behind it "
           "finds a problem; partly met when it has evidence and a problem; not met when the "
           "plan records nothing for it.</p>\n";
    for (const StandardAssessment& standard : r.assessment->standards) {
        out << "<h3>" << html_text(standard.name) << ": " << html_text(describe(standard))
            << "</h3>\n<ul>\n";
        for (const IndicatorAssessment& indicator : standard.indicators) {
            out << "<li><strong>" << html_text(indicator.id) << "</strong> "
                << detail::attainment_words(indicator.status) << ": " << html_text(indicator.text);
            if (indicator.status == Attainment::not_met && !indicator.checked.empty())
                out << " <em>How it is judged:</em> " << html_text(indicator.checked);
            constexpr std::size_t shown = 3; // the rest are counted: the JSON lists them all
            std::string items;
            for (std::size_t i = 0; i < indicator.evidence.size() && i < shown; ++i)
                items += "<li>evidence: " + html_text(indicator.evidence[i].what) + "</li>\n";
            if (indicator.evidence_count > shown)
                items += fmt::format("<li>and {} more items of evidence</li>\n",
                                     indicator.evidence_count - shown);
            if (indicator.finding_count > 0)
                items += "<li>" + detail::counted(indicator.finding_count, "finding", "findings") +
                         " against it (below)</li>\n";
            if (!items.empty())
                out << "\n<ul>\n" << items << "</ul>";
            out << "</li>\n";
        }
        out << "</ul>\n";
    }
}

void write_flow(std::ostream& out, const Report& r) {
    out << "<h2>How views flow</h2>\n";
    if (r.bodies.empty()) {
        out << "<p>The plan names no forums or boards.</p>\n";
        return;
    }
    if (r.bodies.size() > detail::svg_body_cap) {
        out << fmt::format("<p>The plan has {} bodies, too many to draw; the table below lists "
                           "where each passes its views.</p>\n",
                           r.bodies.size());
    } else {
        out << "<p>Bodies that decide are on the right, with a heavy border; each column to the "
               "left is one more link away. Forums are rounded, boards square. A forum with a "
               "dashed red border reaches no body that decides; a dashed red link has no "
               "recorded way back to the forum.</p>\n<figure>";
        detail::write_flow_svg(out, r);
        out << "</figure>\n";
    }
    if (!r.orphan_forums.empty())
        out << "<p>Forums whose views reach no body that decides: " << joined(r.orphan_forums)
            << ".</p>\n";
}

void write_bodies(std::ostream& out, const Report& r) {
    if (r.bodies.empty())
        return;
    out << "<h2>Forums and boards</h2>\n";
    table_start(out, {"Name", "Kind", "Meets", "Members", "Route to a decision", "Passes views to",
                      "Feedback"});
    for (const auto& b : r.bodies) {
        std::vector<std::string> to, feedback;
        for (const auto& feed : b.feeds_into) {
            to.push_back(feed.to_name);
            feedback.push_back(feed.feedback.empty() ? "none recorded" : feed.feedback);
        }
        const std::string members = detail::members_text(b);
        row(out, {html_text(b.name), detail::body_kind_text(b),
                  b.cadence.empty() ? "not said" : html_text(b.cadence),
                  members.empty() ? "not said" : members, detail::route_text(b), joined(to),
                  joined(feedback)});
    }
    out << table_end;
    if (r.representation.empty())
        return;
    out << "<h2>Who is heard where</h2>\n";
    table_start(out, {"Group", "Heard in", "Reaches (bodies that decide)"});
    for (const auto& g : r.representation) {
        row(out, {html_text(g.group_name), joined(g.forums, "no forum"),
                  joined(g.deciders, "no body that decides")});
    }
    out << table_end;
}

void write_tallies(std::ostream& out, std::string_view column, const std::vector<Tally>& rows,
                   std::string_view none) {
    table_start(out, {column, "Actions"});
    for (const auto& t : rows)
        row(out,
            {t.label.empty() ? std::string(none) : html_text(t.label), std::to_string(t.count)});
    out << table_end;
}

void write_actions(std::ostream& out, const Report& r) {
    out << "<h2>Action plan</h2>\n";
    if (r.actions.empty()) {
        out << "<p>The plan has no actions.</p>\n";
        return;
    }
    std::string statuses;
    for (const auto& t : r.actions_by_status)
        statuses += fmt::format("{}{}: {}", statuses.empty() ? "" : ", ",
                                detail::status_words(t.label), t.count);
    out << "<p>By status: " << statuses << ".";
    if (r.as_of)
        out << fmt::format(" Overdue on {}: {}.", r.as_of->to_string(),
                           detail::counted(r.actions_overdue, "action", "actions"));
    out << "</p>\n";
    table_start(out, {"Action", "What", "Lead", "Due", "Status", "Overdue"});
    for (const auto& a : r.actions) {
        row(out,
            {html_text(a.id), html_text(a.title), a.lead.empty() ? "not named" : html_text(a.lead),
             detail::date_text(a.due, "-"), detail::status_words(a.status),
             a.overdue ? detail::counted(static_cast<std::size_t>(a.days_overdue), "day", "days")
                       : std::string("-")});
    }
    out << table_end << "<h3>By lead</h3>\n";
    write_tallies(out, "Lead", r.actions_by_lead, "not named");
    if (!r.actions_by_standard.empty()) {
        out << "<h3>By standard</h3>\n";
        write_tallies(out, "Standard", r.actions_by_standard, "-");
    }
}

void write_engagements(std::ostream& out, const Report& r) {
    out << "<h2>Engagements: you said, we did</h2>\n";
    if (r.engagements.empty()) {
        out << "<p>The plan records no engagements.</p>\n";
        return;
    }
    out << "<p>Days taken to tell participants what changed: " << detail::days_text(r.feedback_days)
        << ".</p>\n";
    table_start(out, {"Engagement", "When", "You said", "We did", "Fed back"});
    for (const auto& e : r.engagements) {
        std::string fed_back = e.fed_back_on         ? e.fed_back_on->to_string()
                               : e.awaiting_feedback ? "not yet"
                                                     : "not recorded";
        if (e.days_to_feed_back && *e.days_to_feed_back >= 0)
            fed_back +=
                " (" +
                detail::counted(static_cast<std::size_t>(*e.days_to_feed_back), "day", "days") +
                ")";
        row(out, {html_text(e.title.empty() ? e.id : e.title), detail::date_text(e.date, "-"),
                  joined(e.you_said, "nothing recorded"), joined(e.we_did, "nothing recorded"),
                  fed_back});
    }
    out << table_end;
}

void write_commitments(std::ostream& out, const Report& r) {
    out << "<h2>Commitments due for review</h2>\n";
    bool any = false;
    for (const auto& c : r.commitments) {
        if (!c.due_for_review)
            continue;
        if (!any)
            table_start(out, {"Commitment", "By", "Review date", "Status"});
        any = true;
        row(out, {html_text(c.text.empty() ? c.id : c.text), html_text(c.by),
                  detail::date_text(c.review, "-"), detail::status_words(c.status)});
    }
    if (any)
        out << table_end;
    else
        out << "<p>"
            << (r.as_of ? "None is due for review on " + r.as_of->to_string() + "."
                        : std::string("No date was given to measure reviews against."))
            << "</p>\n";
}

void write_findings(std::ostream& out, const Report& r) {
    out << "<h2>Findings</h2>\n";
    if (r.findings.empty()) {
        out << "<p>No findings: the plan passes every check that ran.</p>\n";
        return;
    }
    for (const auto& group : r.findings) {
        out << "<h3>"
            << (group.standard_key.empty() ? std::string("Format and structure")
                                           : html_text(group.standard_name))
            << " (" << group.findings.size() << ")</h3>\n<ul>\n";
        const auto place = [](const Finding& f) {
            if (f.file.empty())
                return std::string();
            return " (" + html_text(f.file) +
                   (f.line ? fmt::format(", line {}", f.line) : std::string()) + ")";
        };
        for (const detail::ToldFinding& told : detail::told_findings(group, r)) {
            const Finding& f = *told.first;
            out << "<li><span class=\"" << to_string(f.severity) << "\">" << to_string(f.severity)
                << "</span> " << html_text(f.rule) << ": ";
            if (told.headline.empty()) {
                out << html_text(f.message) << place(f) << "</li>\n";
                continue;
            }
            out << html_text(told.headline) << ":\n<ul>\n";
            for (const Finding* member : told.members)
                out << "<li>" << html_text(member->message) << place(*member) << "</li>\n";
            out << "</ul></li>\n";
        }
        out << "</ul>\n";
    }
}

} // namespace

void render_report_html(std::ostream& out, std::span<const Report> reports) {
    std::string title = "engage report";
    if (reports.size() == 1 && !reports.front().title.empty())
        title = reports.front().title + " (engage report)";
    detail::html_page_start(out, title, style);
    for (const Report& r : reports) {
        out << "<article>\n";
        write_overview(out, r);
        write_standards(out, r);
        write_flow(out, r);
        write_bodies(out, r);
        write_actions(out, r);
        write_engagements(out, r);
        write_commitments(out, r);
        write_findings(out, r);
        out << "</article>\n";
    }
    detail::html_page_end(out);
}

} // namespace engage
