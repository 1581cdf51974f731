// SPDX-License-Identifier: MIT
// Progress queries over actions and commitments (see progress.hpp).
#include "../util/one_line.hpp"
#include "util/present_value.hpp"

#include <engage/progress.hpp>

#include <algorithm>
#include <cctype>
#include <map>

namespace engage {

namespace {

/// Fills in what depends on the date: days late or left, completed late.
/// (Whether it is overdue at all is the model's is_overdue.)
void work_out(ProgressItem& item, const Date& as_of) {
    if (!item.due)
        return;
    const long days = item.due->days_since_epoch() - as_of.days_since_epoch();
    if (item.overdue)
        item.days_overdue = -days;
    else if (item.open())
        item.due_in = days;
    item.completed_late = item.status == Status::done && item.done_on && *item.due < *item.done_on;
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool due_soon(const ProgressItem& item, const ProgressQuery& query) {
    return query.due_within_days && item.due_in && *item.due_in <= *query.due_within_days;
}

using Counts = std::vector<std::pair<std::string, std::size_t>>;

/// Named counts sorted by name, ignoring case, with the "none" entry (if any) last.
Counts sorted_counts(const std::map<std::string, std::size_t>& named, std::size_t none,
                     std::string_view none_label) {
    Counts out(named.begin(), named.end());
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return lower(a.first) < lower(b.first); });
    if (none > 0)
        out.emplace_back(std::string(none_label), none);
    return out;
}

} // namespace

namespace {

/// The fields every item has, and what depends on the date.
ProgressItem make_item(const Plan& plan, const Text& id, const Text& title, const Text& lead,
                       const Located<Status>& status, const Located<Date>& due,
                       const SourceLoc& loc) {
    ProgressItem item;
    item.id = id.value;
    item.title = detail::one_line(title.value);
    item.lead = lead.value;
    item.status = detail::present_value(status);
    item.due = detail::present_value(due);
    item.file = plan.file_path(loc);
    item.line = loc.line;
    item.column = loc.column;
    return item;
}

} // namespace

std::vector<ProgressItem> action_items(const Plan& plan, const Date& as_of) {
    std::vector<ProgressItem> items;
    items.reserve(plan.actions.size());
    for (const Action& a : plan.actions) {
        ProgressItem item = make_item(plan, a.id, a.title, a.lead, a.status, a.due, a.loc);
        item.priority = a.priority.value;
        item.done_on = detail::present_value(a.done_on);
        for (const Text& key : a.standards.value)
            item.standards.push_back(key.value);
        item.overdue = is_overdue(a, as_of);
        work_out(item, as_of);
        items.push_back(std::move(item));
    }
    return items;
}

std::vector<ProgressItem> commitment_items(const Plan& plan, const Date& as_of) {
    std::vector<ProgressItem> items;
    items.reserve(plan.commitments.size());
    for (const Commitment& c : plan.commitments) {
        ProgressItem item = make_item(plan, c.id, c.commitment, c.by, c.status, c.review, c.loc);
        item.overdue = is_overdue(c, as_of);
        work_out(item, as_of);
        items.push_back(std::move(item));
    }
    return items;
}

bool matches(const ProgressItem& item, const ProgressQuery& query) {
    if (!query.statuses.empty() && std::find(query.statuses.begin(), query.statuses.end(),
                                             item.status) == query.statuses.end())
        return false;
    if (!query.lead.empty() && lower(item.lead).find(lower(query.lead)) == std::string::npos)
        return false;
    if (!query.standard.empty() && std::find(item.standards.begin(), item.standards.end(),
                                             query.standard) == item.standards.end())
        return false;
    if (query.overdue || query.due_within_days)
        return (query.overdue && item.overdue) || due_soon(item, query);
    return true;
}

ProgressSummary summarise(const std::vector<ProgressItem>& items, const ProgressQuery& query) {
    ProgressSummary summary;
    summary.total = items.size();
    std::vector<std::size_t> statuses(std::size(EnumNames<Status>::names), 0);
    std::size_t no_status = 0, no_lead = 0, no_standard = 0;
    std::map<std::string, std::size_t> leads, standards;
    for (const ProgressItem& item : items) {
        summary.overdue += item.overdue;
        summary.blocked += item.blocked();
        summary.due_soon += due_soon(item, query);
        if (item.status)
            ++statuses[static_cast<std::size_t>(*item.status)];
        else
            ++no_status;
        if (item.lead.empty())
            ++no_lead;
        else
            ++leads[item.lead];
        if (item.standards.empty())
            ++no_standard;
        for (const auto& key : item.standards)
            ++standards[key];
    }
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        if (statuses[i] > 0)
            summary.by_status.emplace_back(std::string(EnumNames<Status>::names[i]), statuses[i]);
    }
    if (no_status > 0)
        summary.by_status.emplace_back("none", no_status);
    summary.by_lead = sorted_counts(leads, no_lead, "none");
    summary.by_standard = sorted_counts(standards, no_standard, "none");
    return summary;
}

ProgressReport query_progress(const Plan& plan, ProgressKind kind, const ProgressQuery& query) {
    ProgressReport report;
    report.kind = kind;
    report.plan_id = plan.info.id.value;
    report.plan_path = plan.path;
    report.as_of = query.as_of;
    report.query = query;
    std::vector<ProgressItem> all = kind == ProgressKind::actions
                                        ? action_items(plan, query.as_of)
                                        : commitment_items(plan, query.as_of);
    report.in_plan = all.size();
    for (ProgressItem& item : all) {
        if (matches(item, query))
            report.items.push_back(std::move(item));
    }
    report.summary = summarise(report.items, query);
    return report;
}

std::vector<ProgressItem> overdue_actions(const Plan& plan, const Date& as_of) {
    ProgressQuery query;
    query.as_of = as_of;
    query.overdue = true;
    return query_progress(plan, ProgressKind::actions, query).items;
}

std::string_view status_name(const std::optional<Status>& status) {
    return status ? to_string(*status) : std::string_view("none");
}

std::optional<std::optional<Status>> parse_status_filter(std::string_view text) {
    if (text == "none")
        return std::optional<std::optional<Status>>(std::in_place, std::nullopt);
    if (auto status = parse_enum<Status>(text))
        return std::optional<Status>(*status);
    return std::nullopt;
}

} // namespace engage
