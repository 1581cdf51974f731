// SPDX-License-Identifier: MIT
// Comparing two checked versions of a plan (see diff.hpp).
#include "../util/one_line.hpp"
#include "util/present_value.hpp"

#include <engage/diff.hpp>

#include <map>
#include <set>
#include <type_traits>
#include <utility>

namespace engage {

namespace {

using detail::one_line;

/// Entries of `from` whose id is not among `others`' ids, in `from`'s order.
template <class T, class Label>
std::vector<DiffEntry> missing_from(const std::vector<T>& from, const std::vector<T>& others,
                                    Label label) {
    std::set<std::string> ids;
    for (const T& x : others)
        ids.insert(x.id.value);
    std::vector<DiffEntry> out;
    for (const T& x : from) {
        if (!ids.count(x.id.value))
            out.push_back(label(x));
    }
    return out;
}

DiffEntry body_entry(const Body& b) {
    return {b.id.value, one_line(b.name.value),
            b.kind.present() ? std::string(to_string(b.kind.value)) : std::string()};
}
DiffEntry action_entry(const Action& a) {
    return {a.id.value, one_line(a.title.value), {}};
}
DiffEntry commitment_entry(const Commitment& c) {
    return {c.id.value, one_line(c.commitment.value), {}};
}

std::vector<DiffLink> links_of(const Plan& plan) {
    std::vector<DiffLink> links;
    for (const Body& b : plan.bodies) {
        for (const Link& link : b.feeds_into.value)
            links.push_back({b.id.value, link.to.value, !link.feedback.value.empty()});
    }
    return links;
}

std::vector<DiffLink> links_missing_from(const std::vector<DiffLink>& from,
                                         const std::vector<DiffLink>& others) {
    std::set<std::pair<std::string, std::string>> ends;
    for (const auto& l : others)
        ends.emplace(l.from, l.to);
    std::vector<DiffLink> out;
    for (const auto& l : from) {
        if (!ends.count({l.from, l.to}))
            out.push_back(l);
    }
    return out;
}

/// Items in both versions whose status differs. `due` picks the date that falls due.
template <class T, class Due, class Label>
std::vector<StatusChange> status_changes(const std::vector<T>& before, const std::vector<T>& after,
                                         Due due, Label label) {
    std::map<std::string, const T*> old_items;
    for (const T& x : before)
        old_items.emplace(x.id.value, &x);
    std::vector<StatusChange> out;
    for (const T& x : after) {
        auto it = old_items.find(x.id.value);
        if (it == old_items.end())
            continue;
        StatusChange change;
        change.before = detail::present_value(it->second->status);
        change.after = detail::present_value(x.status);
        if (change.before == change.after)
            continue;
        change.id = x.id.value;
        change.label = label(x).label;
        change.due = detail::present_value(due(x));
        if constexpr (std::is_same_v<T, Action>)
            change.done_on = detail::present_value(x.done_on);
        if (change.after == Status::done && change.due && change.done_on &&
            *change.due < *change.done_on) {
            change.completed_late = true;
            change.days_late = change.done_on->days_since_epoch() - change.due->days_since_epoch();
        }
        out.push_back(std::move(change));
    }
    return out;
}

std::string value_text(const Text& text) {
    return one_line(text.value);
}
std::string value_text(const Located<Date>& date) {
    return date.present() ? date.value.to_string() : std::string();
}
std::string value_text(const Located<bool>& flag) {
    return flag.present() ? std::string(flag.value ? "true" : "false") : std::string();
}
template <class E> std::string value_text(const Located<E>& value) {
    return value.present() ? std::string(to_string(value.value)) : std::string();
}

/// Collects the fields of one item that differ between its two versions.
class FieldComparer {
public:
    FieldComparer(std::vector<FieldChange>& out, std::string kind, std::string id)
        : out_(out)
        , kind_(std::move(kind))
        , id_(std::move(id)) {}

    template <class V>
    FieldComparer& field(std::string_view name, const V& before, const V& after) {
        std::string old_text = value_text(before), new_text = value_text(after);
        if (old_text != new_text)
            out_.push_back(
                {kind_, id_, std::string(name), std::move(old_text), std::move(new_text)});
        return *this;
    }

private:
    std::vector<FieldChange>& out_;
    std::string kind_, id_;
};

/// For items in both versions (by id, in the new version's order), `compare(old, new, comparer)`.
template <class T, class Compare>
void compare_items(const std::vector<T>& before, const std::vector<T>& after, std::string_view kind,
                   std::vector<FieldChange>& out, Compare compare) {
    std::map<std::string, const T*> old_items;
    for (const T& x : before)
        old_items.emplace(x.id.value, &x);
    for (const T& x : after) {
        const auto it = old_items.find(x.id.value);
        if (it == old_items.end())
            continue;
        FieldComparer comparer(out, std::string(kind), x.id.value);
        compare(*it->second, x, comparer);
    }
}

std::vector<FieldChange> field_changes(const Plan& old_plan, const Plan& new_plan) {
    std::vector<FieldChange> out;
    const PlanInfo& a = old_plan.info;
    const PlanInfo& b = new_plan.info;
    FieldComparer(out, "plan", b.id.value)
        .field("title", a.title, b.title)
        .field("area", a.area, b.area)
        .field("owner", a.owner, b.owner)
        .field("purpose", a.purpose, b.purpose)
        .field("framework", a.framework, b.framework)
        .field("period.from", a.period.from, b.period.from)
        .field("period.to", a.period.to, b.period.to)
        .field("review.date", a.review.date, b.review.date);
    compare_items(old_plan.bodies, new_plan.bodies, "body", out,
                  [](const Body& x, const Body& y, FieldComparer& c) {
                      c.field("name", x.name, y.name)
                          .field("kind", x.kind, y.kind)
                          .field("led_by", x.led_by, y.led_by)
                          .field("decides", x.decides, y.decides)
                          .field("chair", x.chair, y.chair);
                  });
    compare_items(old_plan.actions, new_plan.actions, "action", out,
                  [](const Action& x, const Action& y, FieldComparer& c) {
                      c.field("title", x.title, y.title)
                          .field("priority", x.priority, y.priority)
                          .field("lead", x.lead, y.lead)
                          .field("due", x.due, y.due);
                  });
    compare_items(old_plan.commitments, new_plan.commitments, "commitment", out,
                  [](const Commitment& x, const Commitment& y, FieldComparer& c) {
                      c.field("commitment", x.commitment, y.commitment)
                          .field("by", x.by, y.by)
                          .field("review", x.review, y.review);
                  });
    return out;
}

/// Findings of `from` with no counterpart in `others` (matched one for one).
std::vector<Finding> unmatched(const std::vector<Finding>& from,
                               const std::vector<Finding>& others) {
    std::map<std::string, std::size_t> available;
    for (const Finding& f : others)
        ++available[finding_identity(f)];
    std::vector<Finding> out;
    for (const Finding& f : from) {
        auto it = available.find(finding_identity(f));
        if (it != available.end() && it->second > 0) {
            --it->second;
            continue;
        }
        out.push_back(f);
    }
    return out;
}

std::vector<StandardMove> standards_moved(const std::optional<Assessment>& before,
                                          const std::optional<Assessment>& after) {
    std::vector<StandardMove> out;
    if (!before || !after)
        return out;
    for (const StandardAssessment& now : after->standards) {
        for (const StandardAssessment& then : before->standards) {
            if (then.key == now.key && then.status != now.status)
                out.push_back({now.key, now.name, then.status, now.status});
        }
    }
    return out;
}

} // namespace

bool PlanDiff::empty() const {
    return bodies_added.empty() && bodies_removed.empty() && links_added.empty() &&
           links_removed.empty() && actions_added.empty() && actions_removed.empty() &&
           action_changes.empty() && commitments_added.empty() && commitments_removed.empty() &&
           commitment_changes.empty() && field_changes.empty() && findings_new.empty() &&
           findings_resolved.empty() && standards_moved.empty();
}

std::string finding_identity(const Finding& finding) {
    const std::string& m = finding.message;
    const auto open = m.find('`');
    const auto close = open == std::string::npos ? open : m.find('`', open + 1);
    const std::string subject =
        close == std::string::npos ? m : m.substr(open + 1, close - open - 1);
    return std::string(finding.rule) + '\x1f' + subject;
}

PlanDiff diff_plans(const PlanResult& before, const PlanResult& after) {
    const Plan& old_plan = before.plan;
    const Plan& new_plan = after.plan;
    PlanDiff diff;
    diff.old_name = old_plan.path;
    diff.new_name = new_plan.path;
    diff.plan_id = new_plan.info.id.value;
    diff.old_plan_id = old_plan.info.id.value;
    diff.title = one_line(new_plan.info.title.value);
    diff.bodies_added = missing_from(new_plan.bodies, old_plan.bodies, body_entry);
    diff.bodies_removed = missing_from(old_plan.bodies, new_plan.bodies, body_entry);
    const auto old_links = links_of(old_plan), new_links = links_of(new_plan);
    diff.links_added = links_missing_from(new_links, old_links);
    diff.links_removed = links_missing_from(old_links, new_links);
    diff.actions_added = missing_from(new_plan.actions, old_plan.actions, action_entry);
    diff.actions_removed = missing_from(old_plan.actions, new_plan.actions, action_entry);
    diff.action_changes = status_changes(
        old_plan.actions, new_plan.actions, [](const Action& a) { return a.due; }, action_entry);
    diff.commitments_added =
        missing_from(new_plan.commitments, old_plan.commitments, commitment_entry);
    diff.commitments_removed =
        missing_from(old_plan.commitments, new_plan.commitments, commitment_entry);
    diff.commitment_changes = status_changes(
        old_plan.commitments, new_plan.commitments, [](const Commitment& c) { return c.review; },
        commitment_entry);
    diff.field_changes = field_changes(old_plan, new_plan);
    diff.findings_new = unmatched(after.findings, before.findings);
    diff.findings_resolved = unmatched(before.findings, after.findings);
    diff.standards_moved = standards_moved(before.assessment, after.assessment);
    return diff;
}

} // namespace engage
