// Wording shared by the flow rules: lists of body ids for messages.
#pragma once

#include <engage/graph.hpp>

#include <string>
#include <vector>

namespace engage::rules {

/// "`a`", "`a` and `b`", "`a`, `b` and `c`".
inline std::string body_list(const FlowGraph& graph, const std::vector<std::uint32_t>& bodies) {
    std::string out;
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        if (i > 0)
            out += i + 1 == bodies.size() ? " and " : ", ";
        out += "`" + graph.body(bodies[i]).id.value + "`";
    }
    return out;
}

/// "a -> b -> c".
inline std::string body_path(const FlowGraph& graph, const std::vector<std::uint32_t>& bodies) {
    std::string out;
    for (std::size_t i = 0; i < bodies.size(); ++i)
        out += (i ? " -> " : "") + graph.body(bodies[i]).id.value;
    return out;
}

} // namespace engage::rules
