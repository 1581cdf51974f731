// SPDX-License-Identifier: MIT
// The one walk over a report that Markdown and HTML share: what is said, in
// what order, with which words. The writers (report_markdown.cpp,
// report_html.cpp) only decide how it looks and escape it.
#include "render/findings/repeated.hpp"
#include "render/report/report_text.hpp"
#include "render/report/report_writer.hpp"
#include "rules/catalogue.hpp"

#include <engage/report.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

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

/// Writes the sections of one report; `plan` numbers the plan in the document.
class ReportWalk {
public:
    ReportWalk(ReportWriter& w, const Report& r, std::size_t plan)
        : w_(w)
        , r_(r)
        , plan_(plan) {}

    void walk() {
        overview();
        contents();
        at_a_glance();
        standards();
        flow();
        bodies();
        actions();
        engagements();
        commitments();
        findings();
    }

private:
    ReportWriter& w_;
    const Report& r_;
    std::size_t plan_;

    void heading(int level, const Inline& text, std::string_view words) {
        w_.heading(level, text, anchor_of(words, plan_));
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
            links.push_back(Inline().link(words, "#" + anchor_of(words, plan_)));
        w_.contents(links);
    }

    void at_a_glance() {
        heading(2, "At a glance");
        w_.paragraph(Inline(summary_lines(r_).front() + ". ")
                         .text(fmt::format("{}, {} overdue. ",
                                           counted(r_.counts.actions, "action", "actions"),
                                           r_.actions_overdue))
                         .text(summary_lines(r_).back() + "."));
        verdicts();
        fix_first();
        went_well();
    }

    void verdicts() {
        heading(3, "The verdict, standard by standard");
        if (r_.standards.empty()) {
            w_.paragraph("The plan could not be assessed against a framework.");
            return;
        }
        Table table{{"Standard", "Verdict", "The plan's own score"}, {}};
        for (const auto& s : r_.standards) {
            const std::string words = verdict_words(s);
            const std::size_t colon = words.find(':');
            table.rows.push_back(
                {Inline().link(s.name, "#" + anchor_of(standard_heading(s), plan_)),
                 Inline()
                     .marked(words.substr(0, colon), to_string(s.status))
                     .text(words.substr(colon)),
                 self_score_text(s)});
        }
        w_.table(table);
    }

    static std::string standard_heading(const StandardRow& s) {
        return s.name + ": " + std::string(attainment_words(s.status));
    }

    /// The findings of `rule` in this report, in the report's order.
    [[nodiscard]] std::vector<const Finding*> findings_of(const rules::RuleDefinition& rule) const {
        std::vector<const Finding*> out;
        for (const auto& group : r_.findings) {
            for (const Finding& f : group.findings) {
                if (rules::is(f, rule))
                    out.push_back(&f);
            }
        }
        return out;
    }

    /// What most weakens children's voice first: views with no route to a
    /// decision, no feedback, seldom-heard groups not reached, actions overdue.
    void fix_first() {
        struct Concern {
            std::string_view title;
            std::vector<const rules::RuleDefinition*> rules;
        };
        const std::vector<Concern> concerns{
            {"Views with no route to a decision", {&rules::orphan_forum}},
            {"No feedback to children and young people",
             {&rules::no_feedback_loop, &rules::feedback_overdue, &rules::feedback_not_recorded}},
            {"Seldom-heard groups not reached",
             {&rules::unrepresented_group, &rules::seldom_heard_not_engaged,
              &rules::seldom_heard_not_named}},
            {"Actions overdue", {&rules::action_overdue}},
        };
        heading(3, "What to fix first");
        constexpr std::size_t listed = 3; // the rest are under "Findings in detail"
        std::vector<ListItem> items;
        for (const Concern& concern : concerns) {
            std::vector<const Finding*> found;
            for (const auto* rule : concern.rules) {
                const auto more = findings_of(*rule);
                found.insert(found.end(), more.begin(), more.end());
            }
            if (found.empty())
                continue;
            ListItem item;
            item.text.strong(concern.title)
                .text(fmt::format(" ({})", counted(found.size(), "finding", "findings")));
            for (std::size_t i = 0; i < found.size() && i < listed; ++i)
                item.items.emplace_back(found[i]->message);
            if (found.size() > listed)
                item.items.emplace_back(
                    fmt::format("and {} more (see Findings in detail)", found.size() - listed));
            items.push_back(std::move(item));
        }
        if (items.empty()) {
            w_.paragraph("Nothing stands out: every forum's views reach a decision, feedback is "
                         "recorded, the seldom-heard groups named are reached and no action is "
                         "overdue.");
            return;
        }
        w_.list(items);
    }

    void went_well() {
        heading(3, "What went well");
        if (!r_.assessment) {
            w_.paragraph("The plan could not be assessed against a framework.");
            return;
        }
        constexpr std::size_t listed = 6; // the rest are under "Standards, one by one"
        std::vector<ListItem> items;
        std::size_t met = 0;
        for (const StandardAssessment& standard : r_.assessment->standards) {
            if (standard.status == Attainment::met)
                items.push_back(
                    {Inline()
                         .strong(standard.name)
                         .text(": met, with evidence for every indicator and no problems"),
                     {}});
            for (const IndicatorAssessment& indicator : standard.indicators) {
                if (indicator.status != Attainment::met || indicator.evidence.empty())
                    continue;
                if (++met > listed)
                    continue;
                ListItem item;
                item.text.strong(indicator.text);
                item.items.emplace_back(evidence_words(indicator));
                items.push_back(std::move(item));
            }
        }
        if (met > listed)
            items.push_back({fmt::format("and {} more indicators met (see Standards, one by one)",
                                         met - listed),
                             {}});
        if (items.empty()) {
            w_.paragraph("No indicator is met yet: none has evidence in the plan without a problem "
                         "against it.");
            return;
        }
        w_.list(items);
    }

    /// "the plan is for Care Leavers (and 8 more items of evidence)".
    static std::string evidence_words(const IndicatorAssessment& indicator) {
        if (indicator.evidence.empty())
            return "no evidence";
        std::string out = indicator.evidence.front().what;
        if (indicator.evidence_count > 1)
            out += fmt::format(" (and {} more)", indicator.evidence_count - 1);
        return out;
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

    static Inline place(const Finding& f) {
        if (f.file.empty())
            return {};
        const std::string file = std::filesystem::path(f.file).filename().string();
        return Inline(" (" + file + (f.line ? fmt::format(", line {}", f.line) : "") + ")");
    }

    void findings() {
        heading(2, "Findings in detail");
        if (r_.findings.empty()) {
            w_.paragraph("No findings: the plan passes every check that ran.");
            return;
        }
        w_.paragraph(Inline().words_with_code(
            "Each check's findings once, with the items it found listed under it; the check's "
            "name in code is what `engage explain` takes."));
        for (const auto& group : r_.findings) {
            const std::string name = group.standard_key.empty()
                                         ? std::string("Format and structure")
                                         : group.standard_name;
            heading(3, fmt::format("{} ({})", name, group.findings.size()));
            w_.list(by_rule(group));
        }
    }

    /// A group's findings, each rule once (in the order it first appears):
    /// one finding as it is; several under the rule's summary (or its
    /// "19 of 39 actions..." line), each item shortened to what differs.
    [[nodiscard]] std::vector<ListItem> by_rule(const FindingGroup& group) const {
        std::map<std::string_view, std::vector<const Finding*>> same;
        std::vector<std::string_view> order;
        for (const Finding& f : group.findings) {
            auto& list = same[f.rule];
            if (list.empty())
                order.push_back(f.rule);
            list.push_back(&f);
        }
        std::vector<ListItem> items;
        for (std::string_view rule_name : order) {
            const auto& found = same[rule_name];
            const Finding& first = *found.front();
            ListItem item;
            item.text.marked(to_string(first.severity), to_string(first.severity)).text(" ");
            const RuleInfo* rule = find_rule(rule_name);
            if (found.size() == 1 || rule == nullptr) {
                for (const Finding* f : found) {
                    if (f != &first)
                        item.items.push_back(Inline(f->message).append(place(*f)));
                }
                item.text.text(first.message).append(place(first));
            } else {
                item.text.append(headline(*rule, found.size()));
                if (every_item(*rule, found.size()))
                    item.text.text(": every one, so none is listed here");
                else
                    for (const auto& [words, f] : differences(found))
                        item.items.push_back(Inline(words).append(place(*f)));
            }
            item.text.text(" ").code(rule_name);
            items.push_back(std::move(item));
        }
        return items;
    }

    /// Does `rule` fire on every item it looks at ("39 of 39 actions")?
    [[nodiscard]] bool every_item(const RuleInfo& rule, std::size_t count) const {
        if (rule.many.empty() || count < repeated_at ||
            rule.many.find("{total}") == std::string_view::npos)
            return false;
        const auto evidence = r_.evidence_totals.find(rule.name);
        return evidence == r_.evidence_totals.end() || evidence->second == 0;
    }

    [[nodiscard]] Inline headline(const RuleInfo& rule, std::size_t count) const {
        if (!rule.many.empty()) {
            const auto evidence = r_.evidence_totals.find(rule.name);
            return Inline(repeated_headline(
                rule, count, evidence == r_.evidence_totals.end() ? 0 : evidence->second));
        }
        std::string_view summary = rule.summary;
        if (!summary.empty() && summary.back() == '.')
            summary.remove_suffix(1);
        std::string words(summary);
        if (words.size() > 1 && words[0] >= 'A' && words[0] <= 'Z' &&
            (words[1] == ' ' || (words[1] >= 'a' && words[1] <= 'z')))
            words[0] = static_cast<char>(words[0] - 'A' + 'a'); // it follows a severity
        return Inline().words_with_code(words).text(fmt::format(" ({} times)", count));
    }

    /// Each finding's message without the words all of them share ("the
    /// action \"...\" has no date it is due by" -> the action's title), when
    /// what is left says which item it is; else the whole message.
    static std::vector<std::pair<std::string, const Finding*>>
    differences(const std::vector<const Finding*>& found) {
        std::string_view first = found.front()->message;
        std::size_t prefix = first.size(), suffix = first.size();
        for (const Finding* f : found) {
            const std::string_view m = f->message;
            std::size_t p = 0;
            while (p < prefix && p < m.size() && m[p] == first[p])
                ++p;
            prefix = p;
            std::size_t q = 0;
            while (q < suffix && q < m.size() && m[m.size() - 1 - q] == first[first.size() - 1 - q])
                ++q;
            suffix = q;
        }
        // Cut only where a quoted title starts and ends, so the item is the title whole.
        while (prefix > 0 && first[prefix - 1] != '"')
            --prefix;
        while (suffix > 0 && first[first.size() - suffix] != '"')
            --suffix;
        std::vector<std::pair<std::string, const Finding*>> out;
        for (const Finding* f : found) {
            const std::string_view m = f->message;
            const bool cut =
                prefix > 0 && suffix > 0 && prefix + suffix < m.size() &&
                m.substr(prefix, m.size() - prefix - suffix).find('"') == std::string_view::npos;
            out.emplace_back(cut ? std::string(m.substr(prefix, m.size() - prefix - suffix))
                                 : std::string(m),
                             f);
        }
        return out;
    }
};

} // namespace

void walk_reports(ReportWriter& writer, std::span<const Report> reports) {
    std::string title = "engage report";
    if (reports.size() == 1 && !reports.front().title.empty())
        title = reports.front().title + " (engage report)";
    writer.begin_document(title);
    for (std::size_t i = 0; i < reports.size(); ++i) {
        writer.begin_plan(i == 0);
        ReportWalk(writer, reports[i], i).walk();
        writer.end_plan();
    }
    writer.end_document();
}

} // namespace engage::detail
