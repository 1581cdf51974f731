// SPDX-License-Identifier: MIT
// The one walk over a report that Markdown and HTML share: what is said, in
// what order, with which words. The writers (report_markdown.cpp,
// report_html.cpp) only decide how it looks and escape it.
#include "render/report/report_walk.hpp"

#include "render/report/report_text.hpp"
#include "render/report/report_writer.hpp"

#include <engage/report.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace engage::detail {

namespace {

std::string plan_title(const Report& r) {
    if (!r.title.empty())
        return r.title;
    return r.id.empty() ? std::string("Untitled plan") : r.id;
}

/// The plan's own text, joined with "; " (or `none`).
Inline joined(const std::vector<std::string>& items, std::string_view none = "-") {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : "; ") + item;
    return out.empty() ? Inline(none) : Inline(out);
}

/// Writes the sections of one report, its headings' anchors taken from the document's.
class ReportWalk {
public:
    ReportWalk(ReportWriter& w, const Report& r, Anchors& anchors)
        : w_(w)
        , r_(r)
        , anchors_(anchors) {}

    void walk() {
        overview();
        contents();
        write_first_page(context());
        standards();
        flow();
        bodies();
        actions();
        engagements();
        commitments();
        write_findings(context());
    }

private:
    ReportWriter& w_;
    const Report& r_;
    Anchors& anchors_;

    [[nodiscard]] WalkContext context() const { return {w_, r_, anchors_}; }

    void heading(int level, const Inline& text, std::string_view words) {
        w_.heading(level, text, anchors_.take(words));
    }
    void heading(int level, std::string_view words) { heading(level, Inline(words), words); }

    void overview() {
        const std::string title = plan_title(r_);
        heading(1, title);
        std::vector<Inline> facts;
        if (!r_.id.empty())
            facts.push_back(Inline("Plan: ").code(r_.id));
        if (!r_.area.empty())
            facts.push_back("Area: " + r_.area);
        if (!r_.owner.empty())
            facts.push_back("Owner: " + r_.owner);
        if (r_.from || r_.to)
            facts.push_back(
                fmt::format("Period: {} to {}", date_text(r_.from, "?"), date_text(r_.to, "?")));
        if (!r_.framework_name.empty())
            facts.push_back("Checked against: " + r_.framework_name);
        if (r_.as_of)
            facts.push_back("As of: " + r_.as_of->to_string());
        w_.facts(facts);
    }

    /// The sections, in order, for the contents list (anchors as the headings get them).
    [[nodiscard]] std::vector<std::string_view> sections() const {
        std::vector<std::string_view> out{"At a glance", "Standards, one by one", "How views flow"};
        if (!r_.bodies.empty())
            out.emplace_back("Forums and boards");
        if (!r_.bodies.empty() && !r_.representation.empty())
            out.emplace_back("Who is heard where");
        for (std::string_view more : {"Action plan", "Engagements: you said, we did",
                                      "Commitments due for review", "Findings in detail"})
            out.push_back(more);
        return out;
    }

    void contents() {
        std::vector<Inline> links;
        for (std::string_view words : sections())
            links.push_back(Inline().link(words, "#" + anchors_.peek(words)));
        w_.contents(links);
    }

    void standards() {
        heading(2, "Standards, one by one");
        if (!r_.assessment) {
            w_.paragraph("The plan could not be assessed against a framework.");
            return;
        }
        w_.paragraph("An indicator is met when the plan records evidence for it and no check "
                     "behind it finds a problem; partly met when it has evidence and a problem; "
                     "not met when the plan records nothing for it. A standard is met when all "
                     "its indicators are met, and partly met when some have evidence.");
        for (std::size_t i = 0; i < r_.assessment->standards.size(); ++i) {
            const StandardAssessment& standard = r_.assessment->standards[i];
            const StandardRow& row = r_.standards[i];
            heading(3, standard_heading(row));
            std::string words =
                "Why: " + verdict_words(row).substr(verdict_words(row).find(':') + 2) + ".";
            if (row.self_score)
                words += fmt::format(" The plan scores itself {} of 6.", *row.self_score);
            w_.paragraph(words);
            Table table{{"Indicator", "Verdict", "What stands behind it"}, {}};
            for (const IndicatorAssessment& indicator : standard.indicators) {
                table.rows.push_back({Inline().strong(indicator.id).text(" " + indicator.text),
                                      Inline().marked(attainment_words(indicator.status),
                                                      to_string(indicator.status)),
                                      behind(indicator)});
            }
            w_.table(table);
        }
    }

    static bool ends_sentence(const Inline& text) {
        return !text.empty() && !text.spans().back().text.empty() &&
               text.spans().back().text.back() == '.';
    }

    /// An indicator's evidence trail: what the plan records, the problems against it,
    /// and for one not met, how it is judged.
    static Inline behind(const IndicatorAssessment& indicator) {
        Inline out;
        constexpr std::size_t shown = 2; // the rest are counted: the JSON lists them all
        for (std::size_t i = 0; i < indicator.evidence.size() && i < shown; ++i)
            out.text((i == 0 ? "" : "; ") + indicator.evidence[i].what);
        if (indicator.evidence_count > shown)
            out.text(fmt::format(" (and {} more)", indicator.evidence_count - shown));
        if (indicator.finding_count > 0)
            out.text(std::string(out.empty()          ? ""
                                 : ends_sentence(out) ? " "
                                                      : ". ") +
                     counted(indicator.finding_count, "problem", "problems") +
                     " (see Findings in detail)");
        if (indicator.status == Attainment::not_met) {
            out.text(out.empty() ? "No evidence in the plan." : ends_sentence(out) ? "" : ".");
            if (!indicator.checked.empty())
                out.text(" ").emphasis("How it is judged:").text(" " + indicator.checked);
        }
        return out;
    }

    void flow() {
        heading(2, "How views flow");
        if (r_.bodies.empty()) {
            w_.paragraph("The plan names no forums or boards.");
            return;
        }
        w_.flow_diagram(r_);
        if (!r_.orphan_forums.empty()) {
            w_.paragraph(Inline("Forums whose views reach no body that decides: ")
                             .append(joined(r_.orphan_forums))
                             .text("."));
        }
    }

    void bodies() {
        if (r_.bodies.empty())
            return;
        heading(2, "Forums and boards");
        Table table{{"Name", "Kind", "Meets", "Members", "Route to a decision", "Passes views to",
                     "Feedback"},
                    {}};
        for (const auto& b : r_.bodies) {
            std::vector<std::string> to, feedback;
            for (const auto& feed : b.feeds_into) {
                to.push_back(feed.to_name);
                feedback.push_back(feed.feedback.empty() ? "none recorded" : feed.feedback);
            }
            const std::string members = members_text(b);
            table.rows.push_back({b.name, body_kind_text(b),
                                  b.cadence.empty() ? "not said" : b.cadence,
                                  members.empty() ? "not said" : members, route_text(b), joined(to),
                                  joined(feedback)});
        }
        w_.table(table);
        if (r_.representation.empty())
            return;
        heading(2, "Who is heard where");
        Table heard{{"Group", "Heard in", "Reaches (bodies that decide)"}, {}};
        for (const auto& g : r_.representation) {
            heard.rows.push_back({g.group_name, joined(g.forums, "no forum"),
                                  joined(g.deciders, "no body that decides")});
        }
        w_.table(heard);
    }

    void tallies(std::string_view heading_words, std::string_view column,
                 const std::vector<Tally>& rows, std::string_view none) {
        heading(3, heading_words);
        Table table{{column, "Actions"}, {}};
        for (const auto& t : rows)
            table.rows.push_back(
                {t.label.empty() ? Inline(none) : Inline(t.label), std::to_string(t.count)});
        w_.table(table);
    }

    void actions() {
        heading(2, "Action plan");
        if (r_.actions.empty()) {
            w_.paragraph("The plan has no actions.");
            return;
        }
        std::string words = "By status: ";
        bool first = true;
        for (const auto& t : r_.actions_by_status) {
            words += fmt::format("{}{}: {}", first ? "" : ", ", status_words(t.label), t.count);
            first = false;
        }
        words += ".";
        if (r_.as_of)
            words += fmt::format(" Overdue on {}: {}.", r_.as_of->to_string(),
                                 counted(r_.actions_overdue, "action", "actions"));
        w_.paragraph(words);
        Table table{{"Action", "What", "Lead", "Due", "Status", "Overdue"}, {}};
        for (const auto& a : r_.actions) {
            table.rows.push_back(
                {Inline().code(a.id), a.title, a.lead.empty() ? "not named" : a.lead,
                 date_text(a.due, "-"), status_words(a.status),
                 a.overdue ? counted(static_cast<std::size_t>(a.days_overdue), "day", "days")
                           : std::string("-")});
        }
        w_.table(table);
        tallies("By lead", "Lead", r_.actions_by_lead, "not named");
        if (!r_.actions_by_standard.empty())
            tallies("By standard", "Standard", r_.actions_by_standard, "-");
    }

    void engagements() {
        heading(2, "Engagements: you said, we did");
        if (r_.engagements.empty()) {
            w_.paragraph("The plan records no engagements.");
            return;
        }
        w_.paragraph(
            "Days taken to tell participants what changed: " + days_text(r_.feedback_days) + ".");
        Table table{{"Engagement", "When", "You said", "We did", "Fed back"}, {}};
        for (const auto& e : r_.engagements) {
            std::string fed_back = e.fed_back_on         ? e.fed_back_on->to_string()
                                   : e.awaiting_feedback ? "not yet"
                                                         : "not recorded";
            if (e.days_to_feed_back && *e.days_to_feed_back < 0)
                fed_back += ", before the engagement itself (check the dates)";
            else if (e.days_to_feed_back)
                fed_back += " (" +
                            counted(static_cast<std::size_t>(*e.days_to_feed_back), "day", "days") +
                            ")";
            std::string when = date_text(e.date, "not said");
            if (!e.method.empty())
                when += " (" + e.method + ")";
            table.rows.push_back({e.title.empty() ? e.id : e.title, when,
                                  joined(e.you_said, "nothing recorded"),
                                  joined(e.we_did, "nothing recorded"), fed_back});
        }
        w_.table(table);
    }

    void commitments() {
        heading(2, "Commitments due for review");
        Table table{{"Commitment", "By", "Review date", "Status"}, {}};
        for (const auto& c : r_.commitments) {
            if (c.due_for_review)
                table.rows.push_back({c.text.empty() ? c.id : c.text, c.by,
                                      date_text(c.review, "-"), status_words(c.status)});
        }
        if (!table.rows.empty())
            w_.table(table);
        else
            w_.paragraph(r_.as_of ? "None is due for review on " + r_.as_of->to_string() + "."
                                  : std::string("No date was given to measure reviews against."));
    }
};

} // namespace

void walk_reports(ReportWriter& writer, std::span<const Report> reports) {
    std::string title = "engage report";
    if (reports.size() == 1 && !reports.front().title.empty())
        title = reports.front().title + " (engage report)";
    writer.begin_document(title);
    Anchors anchors;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        writer.begin_plan(i == 0);
        ReportWalk(writer, reports[i], anchors).walk();
        writer.end_plan();
    }
    writer.end_document();
}

} // namespace engage::detail
