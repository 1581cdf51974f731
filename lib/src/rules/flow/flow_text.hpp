// SPDX-License-Identifier: MIT
// Wording shared by the flow and working-together rules: bodies named as a board
// member would name them ("the Champions Board"), lists and routes of them.
#pragma once

#include "util/one_line.hpp"

#include <engage/graph.hpp>
#include <engage/model.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace engage::rules {

/// `text` on one line (see detail::one_line).
inline std::string one_line(std::string_view text) {
    return detail::one_line(text);
}

/// "the Champions Board" (its name, with "the" unless the name has it), or
/// "`id`" when the body has no usable name.
inline std::string the_body(const Body& body) {
    if (!says_something(body.name))
        return "`" + body.id.value + "`";
    const std::string name = one_line(body.name.value);
    const bool has_the = name.size() > 4 && (name[0] == 't' || name[0] == 'T') &&
                         (name[1] == 'h' || name[1] == 'H') && (name[2] == 'e' || name[2] == 'E') &&
                         name[3] == ' ';
    return has_the ? name : "the " + name;
}

/// An action, engagement or channel by its title in quotes ("\"Youth Council\""),
/// or "`id`" when it has no usable title.
inline std::string titled(const Text& title, const Text& id) {
    return says_something(title) ? "\"" + one_line(title.value) + "\"" : "`" + id.value + "`";
}

/// A partner by its name, or "`id`" when it has no usable name.
inline std::string partner_name(const Partner& partner) {
    return says_something(partner.name) ? one_line(partner.name.value)
                                        : "`" + partner.id.value + "`";
}

/// "the A", "the A and the B", "the A, the B and the C".
inline std::string body_list(const FlowGraph& graph, const std::vector<std::uint32_t>& bodies) {
    std::string out;
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        if (i > 0)
            out += i + 1 == bodies.size() ? " and " : ", ";
        out += the_body(graph.body(bodies[i]));
    }
    return out;
}

/// "the A -> the B -> the C".
inline std::string body_path(const FlowGraph& graph, const std::vector<std::uint32_t>& bodies) {
    std::string out;
    for (std::size_t i = 0; i < bodies.size(); ++i)
        out += (i ? " -> " : "") + the_body(graph.body(bodies[i]));
    return out;
}

/// "once", "twice", "3 times".
inline std::string times(int count) {
    if (count == 1)
        return "once";
    if (count == 2)
        return "twice";
    return std::to_string(count) + " times";
}

} // namespace engage::rules
