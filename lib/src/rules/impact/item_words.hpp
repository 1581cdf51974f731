// SPDX-License-Identifier: MIT
// Words for the items of a plan in findings and evidence: names and titles, not
// ids (an id, in backticks, only where an item has no name). Shared by the
// communication and impact rules.
#pragma once

#include "../plan_names.hpp"

#include <engage/model.hpp>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace engage::rules {

/// A title in quotation marks, or the id in backticks.
inline std::string quoted_title(const Text& title, const Text& id) {
    if (says_something(title))
        return "\"" + short_text(title.value) + "\"";
    return "`" + id.value + "`";
}

/// What an id names: a body, group or partner's name, else the id in backticks.
inline std::string name_of_id(const Plan& plan, std::string_view id) {
    for (const Body& body : plan.bodies)
        if (body.id.value == id)
            return name_or_id(body.name, body.id);
    for (const Group& group : plan.groups)
        if (group.id.value == id)
            return name_or_id(group.name, group.id);
    for (const Partner& partner : plan.partners)
        if (partner.id.value == id)
            return name_or_id(partner.name, partner.id);
    return "`" + std::string(id) + "`";
}

/// "a", "a and b", "a, b and c".
inline std::string and_list(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

/// The names of the first few of `ids` ("a, b and 3 more"): an audience can be long.
inline std::string names_of_ids(const Plan& plan, const TextList& ids, std::size_t shown = 5) {
    std::vector<std::string> names;
    for (const Text& id : ids.value) {
        if (names.size() == shown)
            break;
        names.push_back(name_of_id(plan, id.value));
    }
    if (ids.value.size() > shown)
        names.push_back(std::to_string(ids.value.size() - shown) + " more");
    return and_list(names);
}

/// A status in words: "in progress" rather than "in-progress".
inline std::string status_words(Status status) {
    return status == Status::in_progress ? std::string("in progress")
                                         : std::string(to_string(status));
}

/// "the commitment by the Chief Executive (\"...\")", or by id when it says nothing.
inline std::string commitment_words(const Commitment& c) {
    std::string out = "the commitment";
    if (says_something(c.by))
        out += " by " + short_text(c.by.value);
    if (says_something(c.commitment))
        out += " (\"" + short_text(c.commitment.value) + "\")";
    else
        out += " `" + c.id.value + "`";
    return out;
}

/// Dated on or before the as-of date (any date, when there is none).
inline bool is_past(const Located<Date>& date, const std::optional<Date>& as_of) {
    return date.present() && (!as_of || !(*as_of < date.value));
}

} // namespace engage::rules
