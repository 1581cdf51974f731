// SPDX-License-Identifier: MIT
// The report as GitHub-flavoured Markdown, for board papers and pull requests.
// Every piece of plan text goes through markdown_cell (tables) or
// markdown_inline (running text); diagrams through the Mermaid renderer.
#include "render/report/report_text.hpp"
#include "render/shared/escape.hpp"

#include <engage/report.hpp>

#include <fmt/format.h>

namespace engage {

namespace {

using detail::markdown_cell;
using detail::markdown_inline;

std::string plan_heading(const Report& r) {
    if (!r.title.empty())
        return markdown_inline(r.title);
    return r.id.empty() ? std::string("Untitled plan") : markdown_inline(r.id);
}

void write_table_header(std::ostream& out, std::initializer_list<std::string_view> columns) {
    std::string rule;
    out << '|';
    for (auto column : columns) {
        out << ' ' << column << " |";
        rule += "---|";
    }
    out << "\n|" << rule << '\n';
}

void write_row(std::ostream& out, std::initializer_list<std::string> cells) {
    out << '|';
    for (const auto& cell : cells)
        out << ' ' << cell << " |";
    out << '\n';
}

std::string joined_cells(const std::vector<std::string>& items, std::string_view none = "-") {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : "; ") + markdown_cell(item);
    return out.empty() ? std::string(none) : out;
}

void write_overview(std::ostream& out, const Report& r) {
    out << "# " << plan_heading(r) << "\n\n";
    std::vector<std::string> facts;
    if (!r.id.empty())
        facts.push_back("Plan: " + markdown_inline(r.id));
    if (!r.area.empty())
        facts.push_back("Area: " + markdown_inline(r.area));
    if (!r.owner.empty())
        facts.push_back("Owner: " + markdown_inline(r.owner));
    if (r.from || r.to)
        facts.push_back(fmt::format("Period: {} to {}", detail::date_text(r.from, "?"),
                                    detail::date_text(r.to, "?")));
    if (!r.framework_name.empty())
        facts.push_back("Checked against: " + markdown_inline(r.framework_name));
    if (r.as_of)
        facts.push_back("As of: " + r.as_of->to_string());
    for (const auto& fact : facts)
        out << "- " << fact << '\n';
    out << "\n## Summary\n\n";
    for (const auto& line : detail::summary_lines(r))
        out << "- " << line << '\n';
    out << '\n';
}

void write_standards(std::ostream& out, const Report& r) {
    out << "## Standards\n\n";
    if (r.standards.empty()) {
        out << "The plan could not be assessed against a framework.\n\n";
        return;
    }
    out << "How the plan measures up, standard by standard. An indicator is met when the plan "
           "records evidence for it and no check behind it finds a problem; partly met when it "
           "has evidence and a problem; not met when the plan records nothing for it.\n\n";
    write_table_header(out, {"Standard", "Status", "Indicators met", "Self-assessed"});
    for (const auto& s : r.standards) {
        write_row(out, {markdown_cell(s.name), std::string(detail::attainment_words(s.status)),
                        detail::indicators_text(s), detail::self_score_text(s)});
    }
    out << '\n';
    if (!r.assessment)
        return;
    for (const StandardAssessment& standard : r.assessment->standards) {
        out << "### " << markdown_inline(standard.name) << ": "
            << markdown_inline(describe(standard)) << "\n\n";
        for (const IndicatorAssessment& indicator : standard.indicators) {
            out << "- **" << markdown_inline(indicator.id) << "** "
                << detail::attainment_words(indicator.status) << ": "
                << markdown_inline(indicator.text);
            if (indicator.status == Attainment::not_met && !indicator.checked.empty())
                out << " *How it is judged:* " << markdown_inline(indicator.checked);
            out << '\n';
            constexpr std::size_t shown = 3; // the rest are counted: the JSON lists them all
            for (std::size_t i = 0; i < indicator.evidence.size() && i < shown; ++i)
                out << "  - evidence: " << markdown_inline(indicator.evidence[i].what) << '\n';
            if (indicator.evidence_count > shown)
                out << fmt::format("  - and {} more items of evidence\n",
                                   indicator.evidence_count - shown);
            if (indicator.finding_count > 0)
                out << "  - " << detail::counted(indicator.finding_count, "finding", "findings")
                    << " against it (below)\n";
        }
        out << '\n';
    }
}

void write_flow(std::ostream& out, const Report& r) {
    out << "## How views flow\n\n";
    if (r.mermaid.empty()) {
        out << "The plan names no forums or boards.\n\n";
        return;
    }
    out << "Forums are rounded and boards square. A heavy border marks a body that decides; a "
           "dashed red border, a forum whose views reach no body that decides. A dashed link "
           "has no recorded way back to the forum.\n\n";
    if (r.mermaid.size() > 1) {
        out << fmt::format("The flow is drawn in {} diagrams, so that each stays readable.\n\n",
                           r.mermaid.size());
    }
    for (const auto& block : r.mermaid)
        out << "```mermaid\n" << block << "```\n\n";
    if (!r.orphan_forums.empty()) {
        out << "Forums whose views reach no body that decides:\n\n";
        for (const auto& name : r.orphan_forums)
            out << "- " << markdown_inline(name) << '\n';
        out << '\n';
    }
}

void write_bodies(std::ostream& out, const Report& r) {
    if (r.bodies.empty())
        return;
    out << "## Forums and boards\n\n";
    write_table_header(out, {"Name", "Kind", "Meets", "Members", "Route to a decision",
                             "Passes views to", "Feedback"});
    for (const auto& b : r.bodies) {
        std::vector<std::string> to, feedback;
        for (const auto& feed : b.feeds_into) {
            to.push_back(feed.to_name);
            feedback.push_back(feed.feedback.empty() ? "none recorded" : feed.feedback);
        }
        const std::string members = detail::members_text(b);
        write_row(out, {markdown_cell(b.name), detail::body_kind_text(b),
                        b.cadence.empty() ? "not said" : markdown_cell(b.cadence),
                        members.empty() ? "not said" : members, detail::route_text(b),
                        joined_cells(to), joined_cells(feedback)});
    }
    out << '\n';
    if (r.representation.empty())
        return;
    out << "## Who is heard where\n\n";
    write_table_header(out, {"Group", "Heard in", "Reaches (bodies that decide)"});
    for (const auto& g : r.representation) {
        write_row(out, {markdown_cell(g.group_name), joined_cells(g.forums, "no forum"),
                        joined_cells(g.deciders, "no body that decides")});
    }
    out << '\n';
}

void write_tallies(std::ostream& out, std::string_view heading, const std::vector<Tally>& rows,
                   std::string_view none) {
    out << "### " << heading << "\n\n";
    write_table_header(out, {heading == "By lead" ? "Lead" : "Standard", "Actions"});
    for (const auto& row : rows)
        write_row(out, {row.label.empty() ? std::string(none) : markdown_cell(row.label),
                        std::to_string(row.count)});
    out << '\n';
}

void write_actions(std::ostream& out, const Report& r) {
    out << "## Action plan\n\n";
    if (r.actions.empty()) {
        out << "The plan has no actions.\n\n";
        return;
    }
    std::string statuses;
    for (const auto& t : r.actions_by_status)
        statuses += fmt::format("{}{}: {}", statuses.empty() ? "" : ", ",
                                detail::status_words(t.label), t.count);
    out << "By status: " << statuses << ".\n\n";
    if (r.as_of) {
        out << fmt::format("Overdue on {}: {}.\n\n", r.as_of->to_string(),
                           detail::counted(r.actions_overdue, "action", "actions"));
    }
    write_table_header(out, {"Action", "What", "Lead", "Due", "Status", "Overdue"});
    for (const auto& a : r.actions) {
        write_row(out, {markdown_cell(a.id), markdown_cell(a.title),
                        a.lead.empty() ? "not named" : markdown_cell(a.lead),
                        detail::date_text(a.due, "-"), detail::status_words(a.status),
                        a.overdue ? detail::counted(static_cast<std::size_t>(a.days_overdue), "day",
                                                    "days")
                                  : std::string("-")});
    }
    out << '\n';
    write_tallies(out, "By lead", r.actions_by_lead, "not named");
    if (!r.actions_by_standard.empty())
        write_tallies(out, "By standard", r.actions_by_standard, "-");
}

void write_list(std::ostream& out, std::string_view label, const std::vector<std::string>& items) {
    out << label << (items.empty() ? " nothing recorded\n" : "\n");
    for (const auto& item : items)
        out << "  - " << markdown_inline(item) << '\n';
}

void write_engagements(std::ostream& out, const Report& r) {
    out << "## Engagements: you said, we did\n\n";
    if (r.engagements.empty()) {
        out << "The plan records no engagements.\n\n";
        return;
    }
    out << "Days taken to tell participants what changed: " << detail::days_text(r.feedback_days)
        << ".\n\n";
    for (const auto& e : r.engagements) {
        out << "### " << markdown_inline(e.title.empty() ? e.id : e.title) << "\n\n";
        out << "- When: " << detail::date_text(e.date, "not said");
        if (!e.method.empty())
            out << " (" << markdown_inline(e.method) << ')';
        out << '\n';
        write_list(out, "- You said:", e.you_said);
        write_list(out, "- We did:", e.we_did);
        out << "- Fed back: ";
        if (e.fed_back_on) {
            out << e.fed_back_on->to_string();
            if (e.days_to_feed_back && *e.days_to_feed_back < 0)
                out << ", before the engagement itself (check the dates)";
            else if (e.days_to_feed_back)
                out << ", "
                    << detail::counted(static_cast<std::size_t>(*e.days_to_feed_back), "day",
                                       "days")
                    << " after";
        } else {
            out << (e.awaiting_feedback ? "not yet" : "not recorded");
        }
        out << "\n\n";
    }
}

void write_commitments(std::ostream& out, const Report& r) {
    out << "## Commitments due for review\n\n";
    bool any = false;
    for (const auto& c : r.commitments) {
        if (!c.due_for_review)
            continue;
        if (!any)
            write_table_header(out, {"Commitment", "By", "Review date", "Status"});
        any = true;
        write_row(out, {markdown_cell(c.text.empty() ? c.id : c.text), markdown_cell(c.by),
                        detail::date_text(c.review, "-"), detail::status_words(c.status)});
    }
    if (!any) {
        out << (r.as_of ? "None is due for review on " + r.as_of->to_string() + "."
                        : std::string("No date was given to measure reviews against."))
            << '\n';
    }
    out << '\n';
}

void write_findings(std::ostream& out, const Report& r) {
    out << "## Findings\n\n";
    if (r.findings.empty()) {
        out << "No findings: the plan passes every check that ran.\n\n";
        return;
    }
    for (const auto& group : r.findings) {
        const std::string name = group.standard_key.empty() ? std::string("Format and structure")
                                                            : markdown_inline(group.standard_name);
        out << "### " << name << " (" << group.findings.size() << ")\n\n";
        const auto place = [](const Finding& f) {
            if (f.file.empty())
                return std::string();
            return " (" + markdown_inline(f.file) +
                   (f.line ? fmt::format(", line {}", f.line) : std::string()) + ')';
        };
        for (const detail::ToldFinding& told : detail::told_findings(group, r)) {
            const Finding& f = *told.first;
            out << "- **" << to_string(f.severity) << "** " << f.rule << ": ";
            if (told.headline.empty()) {
                out << markdown_inline(f.message) << place(f) << '\n';
                continue;
            }
            out << markdown_inline(told.headline) << ":\n";
            for (const Finding* member : told.members)
                out << "  - " << markdown_inline(member->message) << place(*member) << '\n';
        }
        out << '\n';
    }
}

} // namespace

void render_report_markdown(std::ostream& out, std::span<const Report> reports) {
    bool first = true;
    for (const Report& r : reports) {
        if (!first)
            out << "---\n\n";
        first = false;
        write_overview(out, r);
        write_standards(out, r);
        write_flow(out, r);
        write_bodies(out, r);
        write_actions(out, r);
        write_engagements(out, r);
        write_commitments(out, r);
        write_findings(out, r);
    }
}

} // namespace engage
