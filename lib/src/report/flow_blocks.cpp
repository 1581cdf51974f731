// SPDX-License-Identifier: MIT
#include "flow_blocks.hpp"

#include <engage/render.hpp>

#include <algorithm>
#include <numeric>
#include <sstream>

namespace engage::detail {

namespace {

/// Union-find over bodies, joined along links: which bodies draw together.
class Components {
public:
    explicit Components(std::size_t size)
        : parent_(size) {
        std::iota(parent_.begin(), parent_.end(), 0u);
    }
    std::uint32_t root(std::uint32_t i) {
        while (parent_[i] != i) {
            parent_[i] = parent_[parent_[i]];
            i = parent_[i];
        }
        return i;
    }
    void join(std::uint32_t a, std::uint32_t b) {
        a = root(a);
        b = root(b);
        if (a != b)
            parent_[std::max(a, b)] = std::min(a, b); // the earliest body names the group
    }

private:
    std::vector<std::uint32_t> parent_;
};

} // namespace

std::vector<std::vector<std::uint32_t>> flow_blocks(const FlowGraph& graph, std::size_t cap) {
    const auto size = static_cast<std::uint32_t>(graph.size());
    Components components(size);
    for (const FlowLink& link : graph.links())
        components.join(link.from, link.to);
    // Members of each component in file order, components in order of their first body.
    std::vector<std::vector<std::uint32_t>> members(size);
    for (std::uint32_t i = 0; i < size; ++i)
        members[components.root(i)].push_back(i);
    std::vector<std::vector<std::uint32_t>> blocks;
    for (auto& group : members) {
        if (group.empty())
            continue;
        if (!blocks.empty() && blocks.back().size() + group.size() <= cap) {
            blocks.back().insert(blocks.back().end(), group.begin(), group.end());
            continue;
        }
        for (std::size_t start = 0; start < group.size(); start += cap) {
            const std::size_t end = std::min(group.size(), start + cap);
            blocks.emplace_back(group.begin() + static_cast<std::ptrdiff_t>(start),
                                group.begin() + static_cast<std::ptrdiff_t>(end));
        }
    }
    for (auto& block : blocks)
        std::sort(block.begin(), block.end()); // file order, as a whole-plan drawing has it
    return blocks;
}

std::vector<std::string> mermaid_blocks(const Plan& plan, const FlowGraph& graph, std::size_t cap) {
    std::vector<std::string> out;
    for (const auto& block : flow_blocks(graph, cap)) {
        std::ostringstream text;
        render_mermaid(text, plan, graph, block);
        out.push_back(std::move(text).str());
    }
    return out;
}

} // namespace engage::detail
