// SPDX-License-Identifier: MIT
#include "render/report/report_text.hpp"

#include "render/findings/repeated.hpp"
#include "render/shared/escape.hpp"

#include <engage/rules.hpp>

#include <fmt/format.h>

#include <map>

namespace engage::detail {

std::string markdown_inline(std::string_view text) {
    std::string out;
    for (char c : markdown_cell(text)) {
        if (c == '~' || c == '$')
            out += '\\';
        out += c;
    }
    const std::size_t start = out.find_first_not_of(' ');
    if (start == std::string::npos)
        return out;
    const char first = out[start];
    if (first == '#' || first == '>' || first == '-' || first == '+' || first == '=') {
        out.insert(start, 1, '\\');
    } else if (first >= '0' && first <= '9') {
        const std::size_t after = out.find_first_not_of("0123456789", start);
        if (after != std::string::npos && (out[after] == '.' || out[after] == ')'))
            out.insert(after, 1, '\\');
    }
    return out;
}

std::string_view attainment_words(Attainment status) {
    switch (status) {
    case Attainment::met:
        return "met";
    case Attainment::partly:
        return "partly met";
    case Attainment::not_met:
        return "not met";
    }
    return "not met";
}

std::string verdict_words(const StandardRow& row) {
    const std::size_t total = row.indicators_total;
    const std::size_t evidenced = row.indicators_met + row.indicators_partly;
    switch (row.status) {
    case Attainment::met:
        return fmt::format("met: evidence for all {}, no problems",
                           counted(total, "indicator", "indicators"));
    case Attainment::partly:
        if (row.indicators_partly == 0)
            return fmt::format("partly met: evidence for {} of {} indicators, none for the rest",
                               evidenced, total);
        return fmt::format("partly met: evidence for {} of {} indicators, problems with {}",
                           evidenced, total, row.indicators_partly);
    case Attainment::not_met:
        break;
    }
    if (total == 0)
        return "not met: the framework gives it no indicators";
    return fmt::format("not met: no evidence for any of its {}",
                       counted(total, "indicator", "indicators"));
}

std::string date_text(const std::optional<Date>& date, std::string_view none) {
    return date ? date->to_string() : std::string(none);
}

std::string indicators_text(const StandardRow& row) {
    if (row.indicators_total == 0)
        return "-";
    return fmt::format("{} of {}", row.indicators_met, row.indicators_total);
}

std::string self_score_text(const StandardRow& row) {
    return row.self_score ? fmt::format("{} of 6", *row.self_score) : "-";
}

std::string counted(std::size_t count, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::string days_text(const DaysSummary& days) {
    if (days.count == 0)
        return "-";
    if (days.min == days.max)
        return fmt::format("{} {}", days.median, days.median == 1 ? "day" : "days");
    return fmt::format("{} days (from {} to {})", days.median, days.min, days.max);
}

std::string status_words(std::string_view status) {
    if (status.empty())
        return "not said";
    std::string out(status);
    for (char& c : out) {
        if (c == '-')
            c = ' ';
    }
    return out;
}

std::string members_text(const BodyRow& body) {
    std::string out;
    if (body.young_people)
        out = fmt::format("young people: {}", *body.young_people);
    if (body.adults)
        out += fmt::format("{}adults: {}", out.empty() ? "" : ", ", *body.adults);
    return out;
}

std::string body_kind_text(const BodyRow& body) {
    std::string kind = body.kind.empty() ? "body" : body.kind;
    return body.decides ? kind + " (decides)" : kind;
}

std::vector<std::string> summary_lines(const Report& r) {
    const auto& c = r.counts;
    return {
        fmt::format("{}: {} and {}; {} between them", counted(c.bodies, "body", "bodies"),
                    counted(c.forums, "forum", "forums"), counted(c.boards, "board", "boards"),
                    counted(c.links, "link", "links")),
        fmt::format("{} {}", c.deciding,
                    c.deciding == 1 ? "body takes decisions" : "bodies take decisions"),
        fmt::format("{} the plan is for", counted(c.groups, "group", "groups")),
        fmt::format("{}, {} overdue", counted(c.actions, "action", "actions"), r.actions_overdue),
        fmt::format("{}; {}, {} due for review",
                    counted(c.engagements, "engagement", "engagements"),
                    counted(c.commitments, "commitment", "commitments"), r.commitments_due()),
        fmt::format("Findings: {}, {}, {} for information",
                    counted(c.findings.errors, "error", "errors"),
                    counted(c.findings.warnings, "warning", "warnings"), c.findings.infos)};
}

std::string route_text(const BodyRow& body) {
    if (!body.links_to_decision)
        return "no route to a decision";
    if (*body.links_to_decision == 0)
        return "decides itself";
    return counted(*body.links_to_decision, "link", "links") + " to a decision";
}

std::vector<ToldFinding> told_findings(const FindingGroup& group, const Report& report) {
    std::map<std::string_view, std::vector<const Finding*>> by_rule;
    for (const Finding& finding : group.findings)
        by_rule[finding.rule].push_back(&finding);
    std::vector<ToldFinding> told;
    for (const Finding& finding : group.findings) {
        const std::vector<const Finding*>& same = by_rule[finding.rule];
        const RuleInfo* rule = find_rule(finding.rule);
        if (rule == nullptr || rule->many.empty() || same.size() < repeated_at) {
            told.push_back({&finding, {}, {}});
            continue;
        }
        if (same.front() != &finding)
            continue; // told with the first
        const auto evidence = report.evidence_totals.find(finding.rule);
        told.push_back(
            {&finding,
             repeated_headline(*rule, same.size(),
                               evidence == report.evidence_totals.end() ? 0 : evidence->second),
             same});
    }
    return told;
}

} // namespace engage::detail
