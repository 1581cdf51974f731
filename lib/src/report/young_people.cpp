// SPDX-License-Identifier: MIT
// "You said, we did": what the plan records for children and young people,
// per forum and for the plan as a whole (report.hpp). Names, never ids.
#include "util/present_value.hpp"

#include <engage/report.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace engage {

namespace {

/// The items of a list that say something (placeholders such as "tbc" are not news).
std::vector<std::string> said(const TextList& list) {
    std::vector<std::string> out;
    for (const Text& item : list.value) {
        if (says_something(item))
            out.push_back(item.value);
    }
    return out;
}

std::string said(const Text& text) {
    return says_something(text) ? text.value : std::string();
}

std::string meets_in_words(const Located<Meets>& meets) {
    if (!meets.present())
        return {};
    if (!meets.value.cadence) {
        const int times = meets.value.per_year();
        return times == 1 ? "once a year" : fmt::format("{} times a year", times);
    }
    static constexpr std::array<std::string_view, 8> words = {
        "every week",  "every two weeks",   "every month", "twice a term",
        "once a term", "four times a year", "once a year", "when it needs to"};
    return std::string(words[static_cast<std::size_t>(*meets.value.cadence)]);
}

/// Names for the ids of a plan's groups, bodies and partners, and which
/// groups and bodies are adults'.
class Names {
public:
    explicit Names(const Plan& plan) {
        for (const Group& group : plan.groups) {
            names_[group.id.value] = name_or_id(group.name, group.id);
            if (group.is_adults())
                adults_.insert(group.id.value);
        }
        for (const Body& body : plan.bodies) {
            names_[body.id.value] = name_or_id(body.name, body.id);
            if (body.is_for_adults())
                adults_.insert(body.id.value);
        }
        for (const Partner& partner : plan.partners)
            names_.try_emplace(partner.id.value, name_or_id(partner.name, partner.id));
    }

    /// The name of `id`, or "" when the plan has no such id (an id is never shown).
    [[nodiscard]] std::string name(const std::string& id) const {
        auto it = names_.find(id);
        return it == names_.end() ? std::string() : it->second;
    }

    [[nodiscard]] std::vector<std::string> names(const TextList& ids) const {
        std::vector<std::string> out;
        for (const Text& id : ids.value) {
            if (auto n = name(id.value); !n.empty())
                out.push_back(std::move(n));
        }
        return out;
    }

    /// True when the work is about parents and carers, not young people: the
    /// groups it names are all adults' or, naming no group, the bodies it names
    /// are all adults' forums.
    [[nodiscard]] bool only_adults(const TextList& groups, const TextList& bodies) const {
        const TextList& named = groups.value.empty() ? bodies : groups;
        return !named.value.empty() &&
               std::all_of(named.value.begin(), named.value.end(),
                           [&](const Text& id) { return adults_.contains(id.value); });
    }

private:
    static std::string name_or_id(const Text& name, const Text& id) {
        return says_something(name) ? name.value : id.value;
    }
    std::map<std::string, std::string> names_;
    std::set<std::string> adults_;
};

YouthTopic topic_of(const Engagement& engagement, const Names& names, std::optional<Date> as_of) {
    YouthTopic topic;
    topic.title = says_something(engagement.title) ? engagement.title.value : engagement.id.value;
    topic.date = detail::present_value(engagement.date);
    topic.who = names.names(engagement.groups);
    topic.you_said = said(engagement.you_said);
    for (std::size_t i = 0; i < engagement.we_did.value.size(); ++i) {
        if (!says_something(engagement.we_did.value[i]))
            continue;
        YouthTopic::Change change{engagement.we_did.value[i].value, {}, {}};
        if (i < engagement.we_did_details.size()) {
            const WeDid& detail = engagement.we_did_details[i];
            change.by = names.name(detail.by.value);
            change.on = detail::present_value(detail.on);
        }
        topic.we_did.push_back(std::move(change));
    }
    for (const Declined& declined : engagement.declined.value) {
        if (says_something(declined.view))
            topic.not_done.push_back({declined.view.value, said(declined.reason)});
    }
    for (const MinorityView& view : engagement.minority_views_details) {
        if (says_something(view.view))
            topic.other_views.push_back({view.view.value, said(view.response)});
    }
    topic.learned = said(engagement.learning);
    topic.told_on = detail::present_value(engagement.fed_back_on);
    topic.waiting_to_be_told = as_of && topic.date && !topic.told_on && *topic.date < *as_of;
    return topic;
}

void set_status(YouthWork& work, const Located<Status>& status) {
    work.blocked = status.present() && status.value == Status::blocked;
    work.started = status.present() && status.value == Status::in_progress;
}

YouthWork work_of(const Action& action, std::optional<Date> as_of) {
    YouthWork work;
    work.what = action.title.value.empty() ? action.id.value : action.title.value;
    work.who = said(action.lead);
    work.due = detail::present_value(action.due);
    work.late = as_of && is_overdue(action, *as_of);
    set_status(work, action.status);
    return work;
}

YouthWork work_of(const Commitment& commitment, std::optional<Date> as_of) {
    YouthWork work;
    work.what =
        commitment.commitment.value.empty() ? commitment.id.value : commitment.commitment.value;
    work.who = said(commitment.by);
    work.due = detail::present_value(commitment.review);
    work.promise = true;
    work.late = as_of && is_overdue(commitment, *as_of);
    set_status(work, commitment.status);
    return work;
}

/// Forums whose topics or work sit under them: children's forums, by id.
std::map<std::string, std::size_t> add_forums(const Plan& plan, const Names& names,
                                              YouSaidWeDid& page) {
    std::map<std::string, std::size_t> index;
    for (const Body& body : plan.bodies) {
        if (!body.is(BodyKind::forum) || body.is_for_adults())
            continue;
        YouthForum forum;
        forum.name = names.name(body.id.value);
        forum.run_by_young_people =
            body.led_by.present() && body.led_by.value == LedBy::young_people;
        forum.decides = body.takes_decisions();
        forum.speaks_for = names.names(body.groups);
        forum.meets = meets_in_words(body.meets);
        for (const Link& link : body.feeds_into.value) {
            if (auto to = names.name(link.to.value); !to.empty())
                forum.views_go_to.push_back({std::move(to), said(link.how), said(link.feedback)});
        }
        forum.ask = said(body.chair);
        index.emplace(body.id.value, page.forums.size());
        page.forums.push_back(std::move(forum));
    }
    return index;
}

/// The first children's forum among `bodies`, if any.
YouthForum* forum_among(const TextList& bodies, const std::map<std::string, std::size_t>& index,
                        YouSaidWeDid& page) {
    for (const Text& id : bodies.value) {
        if (auto it = index.find(id.value); it != index.end())
            return &page.forums[it->second];
    }
    return nullptr;
}

/// Work for young people in general: it names a group of young people.
bool for_young_people(const TextList& groups, const TextList& bodies, const Names& names) {
    return !groups.value.empty() && !names.only_adults(groups, bodies);
}

/// Open actions or commitments: under the first children's forum they name,
/// else for the plan when they name a group of young people.
template <class Item>
void add_open_work(const std::vector<Item>& items, const Names& names,
                   const std::map<std::string, std::size_t>& forums, std::optional<Date> as_of,
                   YouSaidWeDid& page) {
    for (const Item& item : items) {
        if (!is_open(item.status))
            continue;
        if (YouthForum* forum = forum_among(item.bodies, forums, page))
            forum->still_working_on.push_back(work_of(item, as_of));
        else if (for_young_people(item.groups, item.bodies, names))
            page.still_working_on.push_back(work_of(item, as_of));
    }
}

} // namespace

bool YouthTopic::says_nothing() const {
    return you_said.empty() && we_did.empty() && not_done.empty() && other_views.empty() &&
           learned.empty();
}

std::string month_in_words(const Date& date) {
    static constexpr std::array<std::string_view, 12> months = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    if (date.month < 1 || date.month > 12)
        return std::to_string(date.year);
    return fmt::format("{} {}", months[static_cast<std::size_t>(date.month - 1)], date.year);
}

YouSaidWeDid build_you_said_we_did(const PlanResult& result, std::optional<Date> as_of) {
    const Plan& plan = result.plan;
    const Names names(plan);
    YouSaidWeDid page;
    page.plan_title = said(plan.info.title);
    page.area = said(plan.info.area);
    page.as_of = as_of;
    page.ask = said(plan.info.owner);
    const auto forums = add_forums(plan, names, page);

    for (const Engagement& engagement : plan.engagements) {
        if (names.only_adults(engagement.groups, engagement.bodies))
            continue;
        YouthTopic topic = topic_of(engagement, names, as_of);
        if (YouthForum* forum = forum_among(engagement.bodies, forums, page))
            forum->topics.push_back(std::move(topic));
        else
            page.other_topics.push_back(std::move(topic));
    }
    add_open_work(plan.actions, names, forums, as_of, page);
    add_open_work(plan.commitments, names, forums, as_of, page);
    return page;
}

} // namespace engage
