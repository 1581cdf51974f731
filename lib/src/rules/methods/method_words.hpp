// SPDX-License-Identifier: MIT
// Wording shared by the methods rules: methods and approaches in plain English.
#pragma once

#include <engage/model.hpp>

#include <cstddef>
#include <string_view>

namespace engage::rules {

/// "a survey", "an interview panel", "participatory budgeting", "another method".
inline std::string_view method_words(Method method) {
    static constexpr std::string_view words[] = {
        "a survey",         "an event",       "a workshop",    "a meeting",
        "a focus group",    "a consultation", "social media",  "an interview panel",
        "an audit",         "a take-over",    "arts",          "participatory budgeting",
        "mystery shopping", "peer research",  "social action", "another method"};
    static_assert(std::size(words) == std::size(EnumNames<Method>::names));
    return words[static_cast<std::size_t>(method)];
}

/// True for the methods that let young people show what matters to them in
/// their own way, rather than answer adults' questions (MET-4).
inline bool is_creative(Method method) {
    switch (method) {
    case Method::workshop:
    case Method::event:
    case Method::take_over:
    case Method::social_media:
    case Method::arts:
    case Method::participatory_budgeting:
    case Method::mystery_shopping:
    case Method::peer_research:
    case Method::social_action:
    case Method::audit:
        return true;
    default:
        return false;
    }
}

/// "informing young people", "devolving decisions to young people".
inline std::string_view approach_words(Approach approach) {
    static constexpr std::string_view words[] = {
        "informing young people", "consulting young people", "involving young people",
        "collaborating with young people", "devolving decisions to young people"};
    static_assert(std::size(words) == std::size(EnumNames<Approach>::names));
    return words[static_cast<std::size_t>(approach)];
}

} // namespace engage::rules
