// SPDX-License-Identifier: MIT
// The first page of the board report: the verdict on each standard in words,
// what to fix first (chosen by rule, in the order that most weakens children's
// voice) and what went well, with its evidence.
#include "render/report/report_text.hpp"
#include "render/report/report_walk.hpp"
#include "rules/catalogue.hpp"

#include <engage/report.hpp>

#include <fmt/format.h>

namespace engage::detail {

namespace {

/// "the plan is for Care Leavers (and 8 more items of evidence)".
std::string evidence_words(const IndicatorAssessment& indicator) {
    if (indicator.evidence.empty())
        return "no evidence";
    std::string out = indicator.evidence.front().what;
    if (indicator.evidence_count > 1)
        out += fmt::format(" (and {} more)", indicator.evidence_count - 1);
    return out;
}

void verdicts(const WalkContext& c) {
    c.heading(3, "The verdict, standard by standard");
    if (c.r.standards.empty()) {
        c.w.paragraph("The plan could not be assessed against a framework.");
        return;
    }
    Table table{{"Standard", "Verdict", "The plan's own score"}, {}};
    for (const auto& s : c.r.standards) {
        const std::string words = verdict_words(s);
        const std::size_t colon = words.find(':');
        table.rows.push_back(
            {c.r.assessment ? Inline().link(s.name, "#" + c.anchors.peek(standard_heading(s)))
                            : Inline(s.name), // no "Standards, one by one" to link to
             Inline().marked(words.substr(0, colon), to_string(s.status)).text(words.substr(colon)),
             self_score_text(s)});
    }
    c.w.table(table);
}

/// The findings of `rule` in this report, in the report's order.
std::vector<const Finding*> findings_of(const WalkContext& c, const rules::RuleDefinition& rule) {
    std::vector<const Finding*> out;
    for (const auto& group : c.r.findings) {
        for (const Finding& f : group.findings) {
            if (rules::is(f, rule))
                out.push_back(&f);
        }
    }
    return out;
}

/// What most weakens children's voice first: views with no route to a
/// decision, no feedback, seldom-heard groups not reached, actions overdue.
void fix_first(const WalkContext& c) {
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
    c.heading(3, "What to fix first");
    constexpr std::size_t listed = 3; // the rest are under "Findings in detail"
    std::vector<ListItem> items;
    for (const Concern& concern : concerns) {
        std::vector<const Finding*> found;
        for (const auto* rule : concern.rules) {
            const auto more = findings_of(c, *rule);
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
        c.w.paragraph("Nothing stands out: every forum's views reach a decision, feedback is "
                      "recorded, the seldom-heard groups named are reached and no action is "
                      "overdue.");
        return;
    }
    c.w.list(items);
}

void went_well(const WalkContext& c) {
    c.heading(3, "What went well");
    if (!c.r.assessment) {
        c.w.paragraph("The plan could not be assessed against a framework.");
        return;
    }
    constexpr std::size_t listed = 6; // the rest are under "Standards, one by one"
    std::vector<ListItem> items;
    std::size_t met = 0;
    for (const StandardAssessment& standard : c.r.assessment->standards) {
        if (standard.status == Attainment::met)
            items.push_back({Inline()
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
        items.push_back(
            {fmt::format("and {} more indicators met (see Standards, one by one)", met - listed),
             {}});
    if (items.empty()) {
        c.w.paragraph("No indicator is met yet: none has evidence in the plan without a problem "
                      "against it.");
        return;
    }
    c.w.list(items);
}

} // namespace

void write_first_page(const WalkContext& c) {
    c.heading(2, "At a glance");
    c.w.paragraph(
        Inline(summary_lines(c.r).front() + ". ")
            .text(fmt::format("{}, {} overdue. ", counted(c.r.counts.actions, "action", "actions"),
                              c.r.actions_overdue))
            .text(summary_lines(c.r).back() + "."));
    verdicts(c);
    fix_first(c);
    went_well(c);
}

} // namespace engage::detail
