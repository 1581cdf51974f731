// SPDX-License-Identifier: MIT
// Splitting a plan's flow into diagrams small enough for Mermaid to draw. Internal.
#pragma once

#include <engage/graph.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace engage::detail {

/// Bodies drawn in one diagram at most: GitHub's Mermaid gives up on large
/// flowcharts, and a board paper needs a picture that can be read.
inline constexpr std::size_t mermaid_body_cap = 40;

/// The bodies of each diagram (graph indices, in file order): connected
/// groups of bodies packed together up to `cap`, a larger group cut into
/// pieces of `cap`.
[[nodiscard]] std::vector<std::vector<std::uint32_t>> flow_blocks(const FlowGraph& graph,
                                                                  std::size_t cap);

/// The flow as Mermaid flowcharts, one a block of `flow_blocks`; none when
/// the plan has no bodies.
[[nodiscard]] std::vector<std::string> mermaid_blocks(const Plan& plan, const FlowGraph& graph,
                                                      std::size_t cap = mermaid_body_cap);

} // namespace engage::detail
