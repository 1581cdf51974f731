// SPDX-License-Identifier: MIT
// The flow of views: forums and boards as nodes, `feeds_into` links as edges.
// Every analysis is iterative and linear in bodies plus links, so a plan of
// 100,000 bodies in one chain is as safe as a plan of ten.
#pragma once

#include <engage/model.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace engage {

/// One `feeds_into` link between two bodies that exist.
struct FlowLink {
    std::uint32_t from = 0; ///< body index
    std::uint32_t to = 0;   ///< body index
    const Link* link = nullptr;
    [[nodiscard]] bool has_feedback() const;
};

class FlowGraph {
public:
    static constexpr std::uint32_t unreachable = 0xFFFFFFFFu;

    /// The graph refers to the plan's bodies and links: the plan must outlive it.
    explicit FlowGraph(const Plan& plan);
    explicit FlowGraph(Plan&&) = delete; // a graph of a temporary plan would dangle

    [[nodiscard]] std::size_t size() const { return bodies_.size(); }
    [[nodiscard]] const Body& body(std::uint32_t index) const { return *bodies_[index]; }
    [[nodiscard]] std::optional<std::uint32_t> index_of(std::string_view id) const;
    [[nodiscard]] bool is_forum(std::uint32_t index) const;
    [[nodiscard]] bool is_board(std::uint32_t index) const;
    /// A body that takes decisions (`decides: true`), board or forum.
    [[nodiscard]] bool decides(std::uint32_t index) const;

    [[nodiscard]] const std::vector<FlowLink>& links() const { return links_; }
    [[nodiscard]] std::span<const std::uint32_t>
    outgoing(std::uint32_t index) const; ///< link indices
    [[nodiscard]] std::span<const std::uint32_t>
    incoming(std::uint32_t index) const; ///< link indices

    /// Links from a body to the nearest body that decides (0 if it decides
    /// itself), or `unreachable`.
    [[nodiscard]] std::uint32_t links_to_decision(std::uint32_t index) const {
        return distance_[index];
    }
    /// The bodies from `index` to its nearest deciding body, both included; empty when there is
    /// none.
    /// Costs the length of the route: callers that visit every body should use
    /// `links_to_decision`, `next_toward_decision` and `nearest_decider` instead.
    [[nodiscard]] std::vector<std::uint32_t> path_to_decision(std::uint32_t index) const;
    /// The next body on the way to the nearest decision, or `unreachable`.
    [[nodiscard]] std::uint32_t next_toward_decision(std::uint32_t index) const {
        return next_hop_[index];
    }
    /// The nearest deciding body (itself if it decides), or `unreachable`.
    [[nodiscard]] std::uint32_t nearest_decider(std::uint32_t index) const {
        return nearest_[index];
    }
    /// True when some forum's views reach this body (a forum reaches itself).
    [[nodiscard]] bool reached_by_forum(std::uint32_t index) const {
        return reached_by_forum_[index];
    }
    /// Bodies that feed each other round in a loop: each cycle once, its members in file order.
    [[nodiscard]] const std::vector<std::vector<std::uint32_t>>& cycles() const { return cycles_; }
    /// The deciding bodies reachable from `index` (sorted by file order), at most
    /// `reach_cap`; `reach_truncated` says whether more were left out.
    [[nodiscard]] const std::vector<std::uint32_t>& deciders_reached(std::uint32_t index) const {
        return component_reach_[component_[index]];
    }
    [[nodiscard]] bool reach_truncated(std::uint32_t index) const {
        return component_truncated_[component_[index]];
    }
    [[nodiscard]] bool in_cycle(std::uint32_t index) const { return in_cycle_[index]; }

    static constexpr std::size_t reach_cap = 64;

private:
    void build_adjacency();
    void compute_distances();
    void compute_forum_reach();
    void compute_cycles_and_reach();

    std::vector<const Body*> bodies_;
    std::unordered_map<std::string_view, std::uint32_t> index_;
    std::vector<FlowLink> links_;
    std::vector<std::uint32_t> out_start_, out_links_, in_start_, in_links_;
    std::vector<std::uint32_t> distance_, next_hop_, nearest_;
    std::vector<bool> reached_by_forum_, in_cycle_;
    std::vector<std::vector<std::uint32_t>> cycles_;
    // Bodies that feed each other in a loop reach the same deciders, so reach is
    // kept once per strongly connected component.
    std::vector<std::uint32_t> component_;
    std::vector<std::vector<std::uint32_t>> component_reach_;
    std::vector<bool> component_truncated_;
};

/// Who is heard where: for each group, the forums that represent it and the
/// deciding bodies those forums' views reach.
struct GroupRepresentation {
    const Group* group = nullptr;
    struct Route {
        std::uint32_t forum;
        std::vector<std::uint32_t> deciders; ///< reached from this forum
    };
    std::vector<Route> routes;
    std::vector<std::uint32_t> deciders; ///< all reached, deduplicated, in file order
};

[[nodiscard]] std::vector<GroupRepresentation> representation(const Plan& plan,
                                                              const FlowGraph& graph);

} // namespace engage
