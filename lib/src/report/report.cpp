// SPDX-License-Identifier: MIT
// The report model: counts, standards, bodies, actions, engagements and
// commitments of one checked plan, measured against an as-of date.
#include "flow_blocks.hpp"
#include "util/present_value.hpp"

#include <engage/report.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace engage {

namespace {

std::vector<std::string> texts(const TextList& list) {
    std::vector<std::string> out;
    out.reserve(list.value.size());
    for (const Text& item : list.value)
        out.push_back(item.value);
    return out;
}

template <class E> std::string name_of(const Located<E>& value) {
    return value.present() ? std::string(to_string(value.value)) : std::string();
}

std::string cadence_text(const Located<Meets>& meets) {
    if (!meets.present())
        return {};
    if (meets.value.cadence)
        return std::string(to_string(*meets.value.cadence));
    return fmt::format("{} a year", meets.value.per_year());
}

std::optional<int> count_of(const Located<int>& count) {
    return count.present() ? std::optional<int>(count.value) : std::nullopt;
}

void add_bodies(const Plan& plan, const FlowGraph& graph, Report& report) {
    for (std::uint32_t i = 0; i < graph.size(); ++i) {
        const Body& body = graph.body(i);
        BodyRow row;
        row.id = body.id.value;
        row.name = body.name.value.empty() ? body.id.value : body.name.value;
        row.kind = name_of(body.kind);
        row.led_by = name_of(body.led_by);
        row.cadence = cadence_text(body.meets);
        row.meetings_per_year = body.meets.present() ? body.meets.value.per_year() : 0;
        row.young_people = count_of(body.members.young_people);
        row.adults = count_of(body.members.adults);
        row.forum = graph.is_forum(i);
        row.decides = graph.decides(i);
        row.in_loop = graph.in_cycle(i);
        if (graph.links_to_decision(i) != FlowGraph::unreachable)
            row.links_to_decision = graph.links_to_decision(i);
        row.orphan = row.forum && !row.links_to_decision;
        for (const Link& link : body.feeds_into.value) {
            FeedRow feed{link.to.value, link.to.value, link.how.value, link.feedback.value};
            if (auto to = graph.index_of(link.to.value)) {
                const Body& target = graph.body(*to);
                if (!target.name.value.empty())
                    feed.to_name = target.name.value;
            }
            row.feeds_into.push_back(std::move(feed));
        }
        ++(row.forum ? report.counts.forums : report.counts.boards);
        report.counts.deciding += row.decides ? 1 : 0;
        if (row.orphan)
            report.orphan_forums.push_back(row.name);
        report.bodies.push_back(std::move(row));
    }
    for (const FlowLink& link : graph.links()) {
        report.links.push_back(
            FlowEdge{link.from, link.to, link.link->how.value, link.has_feedback()});
    }
    report.counts.bodies = plan.bodies.size();
    report.counts.links = graph.links().size();
    for (const auto& entry : representation(plan, graph)) {
        RepresentationRow row;
        row.group_id = entry.group->id.value;
        row.group_name = entry.group->name.value.empty() ? row.group_id : entry.group->name.value;
        for (const auto& route : entry.routes)
            row.forums.push_back(report.bodies[route.forum].name);
        for (std::uint32_t decider : entry.deciders)
            row.deciders.push_back(report.bodies[decider].name);
        report.representation.push_back(std::move(row));
    }
}

/// How often each label occurs, in alphabetical order of label.
std::vector<Tally> tally(const std::vector<std::string>& labels) {
    std::map<std::string, std::size_t> counts;
    for (const auto& label : labels)
        ++counts[label];
    std::vector<Tally> out;
    for (auto& [label, count] : counts)
        out.push_back({label, count});
    return out;
}

void add_actions(const Plan& plan, std::optional<Date> as_of, Report& report) {
    std::vector<std::string> leads, standards;
    std::vector<std::size_t> by_status(std::size(EnumNames<Status>::names) + 1, 0);
    for (const Action& action : plan.actions) {
        ActionRow row;
        row.id = action.id.value;
        row.title = action.title.value;
        row.priority = action.priority.value;
        row.lead = action.lead.value;
        row.status = name_of(action.status);
        row.due = detail::present_value(action.due);
        row.done_on = detail::present_value(action.done_on);
        row.standards = texts(action.standards);
        if (as_of && is_overdue(action, *as_of)) {
            row.overdue = true;
            row.days_overdue = as_of->days_since_epoch() - row.due->days_since_epoch();
            ++report.actions_overdue;
        }
        ++by_status[action.status.present() ? static_cast<std::size_t>(action.status.value)
                                            : by_status.size() - 1];
        leads.push_back(row.lead.empty() ? std::string() : row.lead);
        standards.insert(standards.end(), row.standards.begin(), row.standards.end());
        report.actions.push_back(std::move(row));
    }
    for (std::size_t s = 0; s < by_status.size(); ++s) {
        if (by_status[s] == 0)
            continue;
        const bool said = s < std::size(EnumNames<Status>::names);
        report.actions_by_status.push_back(
            {said ? std::string(EnumNames<Status>::names[s]) : std::string(), by_status[s]});
    }
    report.actions_by_lead = tally(leads);
    report.actions_by_standard = tally(standards);
    report.counts.actions = plan.actions.size();
}

void add_engagements(const Plan& plan, std::optional<Date> as_of, Report& report) {
    std::vector<long> days;
    for (const Engagement& engagement : plan.engagements) {
        EngagementRow row;
        row.id = engagement.id.value;
        row.title = engagement.title.value;
        row.method = name_of(engagement.method);
        row.date = detail::present_value(engagement.date);
        row.fed_back_on = detail::present_value(engagement.fed_back_on);
        row.you_said = texts(engagement.you_said);
        row.we_did = texts(engagement.we_did);
        if (row.date && row.fed_back_on) {
            row.days_to_feed_back =
                row.fed_back_on->days_since_epoch() - row.date->days_since_epoch();
            days.push_back(*row.days_to_feed_back);
        }
        row.awaiting_feedback = as_of && row.date && !row.fed_back_on && *row.date < *as_of;
        report.engagements.push_back(std::move(row));
    }
    report.feedback_days = summarise_days(std::move(days));
    report.counts.engagements = plan.engagements.size();
}

void add_commitments(const Plan& plan, std::optional<Date> as_of, Report& report) {
    for (const Commitment& commitment : plan.commitments) {
        CommitmentRow row;
        row.id = commitment.id.value;
        row.by = commitment.by.value;
        row.text = commitment.commitment.value;
        row.status = name_of(commitment.status);
        row.review = detail::present_value(commitment.review);
        row.due_for_review =
            as_of && row.review && !(*as_of < *row.review) && is_open(commitment.status);
        report.commitments.push_back(std::move(row));
    }
    report.counts.commitments = plan.commitments.size();
}

/// Findings by the standard their rule serves, in the framework's order; the
/// rest (format and structure) last.
void add_findings(const PlanResult& result, Report& report) {
    std::vector<FindingGroup> groups;
    if (result.assessment) {
        for (const auto& standard : result.assessment->standards)
            groups.push_back({standard.key, standard.name, {}});
    }
    FindingGroup other{"", "", {}};
    for (const Finding& finding : result.findings) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const FindingGroup& g) {
            return g.standard_key == finding.standard;
        });
        if (finding.standard.empty() || it == groups.end())
            other.findings.push_back(finding);
        else
            it->findings.push_back(finding);
    }
    groups.push_back(std::move(other));
    std::erase_if(groups, [](const FindingGroup& g) { return g.findings.empty(); });
    report.findings = std::move(groups);
    report.evidence_totals = result.evidence_totals;
    report.counts.findings = count_findings(result.findings);
}

} // namespace

DaysSummary summarise_days(std::vector<long> days) {
    DaysSummary summary;
    if (days.empty())
        return summary;
    std::sort(days.begin(), days.end());
    summary.count = days.size();
    summary.min = days.front();
    summary.max = days.back();
    const std::size_t middle = days.size() / 2;
    summary.median = days.size() % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
    return summary;
}

std::size_t Report::commitments_due() const {
    return static_cast<std::size_t>(std::count_if(commitments.begin(), commitments.end(),
                                                  [](const auto& c) { return c.due_for_review; }));
}

Report build_report(const PlanResult& result, std::optional<Date> as_of) {
    const Plan& plan = result.plan;
    Report report;
    report.id = plan.info.id.value;
    report.title = plan.info.title.value;
    report.area = plan.info.area.value;
    report.owner = plan.info.owner.value;
    report.path = plan.path;
    report.from = detail::present_value(plan.info.period.from);
    report.to = detail::present_value(plan.info.period.to);
    report.review_date = detail::present_value(plan.info.review.date);
    report.as_of = as_of;
    report.young_people = build_you_said_we_did(result, as_of);
    for (const auto& file : plan.files)
        report.files.push_back(file.path);
    report.assessment = result.assessment;
    if (result.assessment) {
        report.framework_name = result.assessment->framework_name;
        for (const auto& standard : result.assessment->standards) {
            report.standards.push_back({standard.key, standard.name, standard.status,
                                        standard.indicators_met(), standard.indicators.size(),
                                        standard.self_score});
            report.standards.back().indicators_partly = standard.indicators_partly_met();
        }
    }
    const FlowGraph graph(plan);
    add_bodies(plan, graph, report);
    report.mermaid = detail::mermaid_blocks(plan, graph);
    report.counts.groups = plan.groups.size();
    add_actions(plan, as_of, report);
    add_engagements(plan, as_of, report);
    add_commitments(plan, as_of, report);
    add_findings(result, report);
    report.fails = reaches(result.findings, result.settings.fail_on.value_or(Severity::error));
    return report;
}

} // namespace engage
