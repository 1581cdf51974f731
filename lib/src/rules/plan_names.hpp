// SPDX-License-Identifier: MIT
// How rules name the plan's groups, bodies, partners and actions in plain
// English: by their names or titles, and by id (in backticks) only when no name
// is written. Lookups by id for checks that visit many items.
#pragma once

#include "util/one_line.hpp"

#include <engage/model.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace engage::rules {

/// Text without the white space around it (a folded YAML title ends in a line break).
[[nodiscard]] inline std::string trimmed_text(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

/// `text` on one line, without surrounding space, and cut at a word after about
/// `limit` characters: plans hold titles a paragraph long.
inline std::string short_text(std::string_view text, std::size_t limit = 80) {
    std::string out = detail::one_line(text);
    if (out.size() <= limit)
        return out;
    // Cut only at a space, so that no character is split.
    const std::size_t cut = out.rfind(' ', limit);
    if (cut == std::string::npos || cut == 0)
        return out;
    return out.substr(0, cut) + "...";
}

/// A thing's name when it says something (on one line, a long one cut at a
/// word), else its id in backticks.
[[nodiscard]] inline std::string name_or_id(const Text& name, const Text& id) {
    return says_something(name) ? short_text(name.value) : "`" + id.value + "`";
}
[[nodiscard]] inline std::string name_of(const Group& group) {
    return name_or_id(group.name, group.id);
}
[[nodiscard]] inline std::string name_of(const Body& body) {
    return name_or_id(body.name, body.id);
}
[[nodiscard]] inline std::string name_of(const Partner& partner) {
    return name_or_id(partner.name, partner.id);
}
/// An action or outcome by its title in quotes, or by its id when it has no title.
[[nodiscard]] inline std::string name_of(const Action& action) {
    return says_something(action.title) ? "\"" + short_text(action.title.value) + "\""
                                        : "`" + action.id.value + "`";
}
[[nodiscard]] inline std::string name_of(const Engagement& engagement) {
    return name_or_id(engagement.title, engagement.id);
}
[[nodiscard]] inline std::string name_of(const Outcome& outcome) {
    return says_something(outcome.title) ? "\"" + short_text(outcome.title.value) + "\""
                                         : "`" + outcome.id.value + "`";
}

/// "a", "a and b", "a, b and c".
[[nodiscard]] inline std::string words_list(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

/// The items of a text list that say something, in order.
[[nodiscard]] inline std::vector<std::string> said(const TextList& list) {
    std::vector<std::string> out;
    for (const Text& item : list.value) {
        if (says_something(item))
            out.push_back(trimmed_text(item.value));
    }
    return out;
}

/// Items of one kind by id (the first of duplicate ids wins), for checks that
/// look many ids up.
template <class Item> class ById {
public:
    explicit ById(const std::vector<Item>& items) {
        index_.reserve(items.size());
        for (const Item& item : items) {
            if (!item.id.value.empty())
                index_.emplace(item.id.value, &item);
        }
    }
    [[nodiscard]] const Item* find(std::string_view id) const {
        const auto found = index_.find(id);
        return found == index_.end() ? nullptr : found->second;
    }

private:
    std::unordered_map<std::string_view, const Item*> index_;
};

/// The names of the items a list of ids refers to ("`id`" for an id that does
/// not resolve: the loader reports it).
template <class Item>
[[nodiscard]] std::string names_of(const ById<Item>& items, const TextList& ids) {
    std::vector<std::string> names;
    for (const Text& id : ids.value) {
        const Item* item = items.find(id.value);
        names.push_back(item != nullptr ? name_of(*item) : "`" + id.value + "`");
    }
    return words_list(names);
}

/// The plan's groups, bodies and partners by id, for naming who took part in something.
struct Parties {
    explicit Parties(const Plan& plan)
        : groups(plan.groups)
        , bodies(plan.bodies)
        , partners(plan.partners) {}
    ById<Group> groups;
    ById<Body> bodies;
    ById<Partner> partners;

    /// The names of the bodies, groups and partners listed, in that order.
    [[nodiscard]] std::vector<std::string>
    names(const TextList& body_ids, const TextList& group_ids, const TextList& partner_ids) const {
        std::vector<std::string> out;
        const auto add = [&](const auto& index, const TextList& ids) {
            for (const Text& id : ids.value) {
                const auto* item = index.find(id.value);
                out.push_back(item != nullptr ? name_of(*item) : "`" + id.value + "`");
            }
        };
        add(bodies, body_ids);
        add(groups, group_ids);
        add(partners, partner_ids);
        return out;
    }
};

/// A forum that carries children's and young people's voices (not `for: adults`).
[[nodiscard]] inline bool is_childrens_forum(const Body& body) {
    return body.is(BodyKind::forum) && !body.is_for_adults();
}

/// Dated on or before `as_of` ("past"); any date counts when there is no as-of date.
[[nodiscard]] inline bool dated_by(const Located<Date>& date, const std::optional<Date>& as_of) {
    return date.present() && (!as_of || !(*as_of < date.value));
}

/// An engagement that has taken place by `as_of`, as far as the plan says: one dated
/// after it has not happened yet; an undated one counts (the plan records it as held).
[[nodiscard]] inline bool held_by(const Engagement& engagement, const std::optional<Date>& as_of) {
    return !(engagement.date.present() && as_of && *as_of < engagement.date.value);
}

} // namespace engage::rules
