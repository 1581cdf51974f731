// SPDX-License-Identifier: MIT
// The flow graph and its analyses. All loops are explicit (no recursion), and
// each analysis visits every body and link a bounded number of times.
#include <engage/graph.hpp>

#include <algorithm>
#include <deque>
#include <iterator>
#include <span>

namespace engage {

bool FlowLink::has_feedback() const {
    return link != nullptr && link->feedback.present() &&
           link->feedback.value.find_first_not_of(" \t\r\n") != std::string::npos;
}

FlowGraph::FlowGraph(const Plan& plan) {
    bodies_.reserve(plan.bodies.size());
    index_.reserve(plan.bodies.size());
    for (const Body& body : plan.bodies) {
        const auto index = static_cast<std::uint32_t>(bodies_.size());
        bodies_.push_back(&body);
        if (!body.id.value.empty())
            index_.emplace(body.id.value, index); // the first of duplicate ids wins
    }
    for (std::uint32_t from = 0; from < bodies_.size(); ++from) {
        for (const Link& link : bodies_[from]->feeds_into.value) {
            auto to = index_.find(link.to.value);
            if (to != index_.end())
                links_.push_back(
                    FlowLink{from, to->second, &link}); // unknown ids: unknown-reference
        }
    }
    build_adjacency();
    compute_distances();
    compute_forum_reach();
    compute_cycles_and_reach();
}

std::optional<std::uint32_t> FlowGraph::index_of(std::string_view id) const {
    auto it = index_.find(id);
    if (it == index_.end())
        return std::nullopt;
    return it->second;
}

bool FlowGraph::is_forum(std::uint32_t index) const {
    return bodies_[index]->is(BodyKind::forum);
}

bool FlowGraph::is_board(std::uint32_t index) const {
    return bodies_[index]->is(BodyKind::board);
}

bool FlowGraph::decides(std::uint32_t index) const {
    return bodies_[index]->takes_decisions();
}

std::span<const std::uint32_t> FlowGraph::outgoing(std::uint32_t index) const {
    return {out_links_.data() + out_start_[index], out_start_[index + 1] - out_start_[index]};
}

std::span<const std::uint32_t> FlowGraph::incoming(std::uint32_t index) const {
    return {in_links_.data() + in_start_[index], in_start_[index + 1] - in_start_[index]};
}

void FlowGraph::build_adjacency() {
    // Compressed adjacency (counting sort by endpoint): two arrays per direction.
    const std::size_t n = bodies_.size();
    out_start_.assign(n + 1, 0);
    in_start_.assign(n + 1, 0);
    for (const FlowLink& l : links_) {
        ++out_start_[l.from + 1];
        ++in_start_[l.to + 1];
    }
    for (std::size_t i = 0; i < n; ++i) {
        out_start_[i + 1] += out_start_[i];
        in_start_[i + 1] += in_start_[i];
    }
    out_links_.resize(links_.size());
    in_links_.resize(links_.size());
    std::vector<std::uint32_t> out_fill(out_start_.begin(), out_start_.end() - 1);
    std::vector<std::uint32_t> in_fill(in_start_.begin(), in_start_.end() - 1);
    for (std::uint32_t i = 0; i < links_.size(); ++i) {
        out_links_[out_fill[links_[i].from]++] = i;
        in_links_[in_fill[links_[i].to]++] = i;
    }
}

void FlowGraph::compute_distances() {
    // Breadth-first from every deciding body at once, against the links: each
    // body learns how many links separate it from the nearest decision.
    const std::size_t n = bodies_.size();
    distance_.assign(n, unreachable);
    next_hop_.assign(n, unreachable);
    nearest_.assign(n, unreachable);
    std::deque<std::uint32_t> queue;
    for (std::uint32_t i = 0; i < n; ++i) {
        if (decides(i)) {
            distance_[i] = 0;
            nearest_[i] = i;
            queue.push_back(i);
        }
    }
    while (!queue.empty()) {
        const std::uint32_t at = queue.front();
        queue.pop_front();
        for (std::uint32_t link : incoming(at)) {
            const std::uint32_t from = links_[link].from;
            if (distance_[from] != unreachable)
                continue;
            distance_[from] = distance_[at] + 1;
            next_hop_[from] = at;
            nearest_[from] = nearest_[at];
            queue.push_back(from);
        }
    }
}

std::vector<std::uint32_t> FlowGraph::path_to_decision(std::uint32_t index) const {
    std::vector<std::uint32_t> path;
    if (distance_[index] == unreachable)
        return path;
    for (std::uint32_t at = index;; at = next_hop_[at]) {
        path.push_back(at);
        if (distance_[at] == 0)
            break;
    }
    return path;
}

void FlowGraph::compute_forum_reach() {
    const std::size_t n = bodies_.size();
    reached_by_forum_.assign(n, false);
    std::vector<std::uint32_t> stack;
    for (std::uint32_t i = 0; i < n; ++i) {
        if (is_forum(i)) {
            reached_by_forum_[i] = true;
            stack.push_back(i);
        }
    }
    while (!stack.empty()) {
        const std::uint32_t at = stack.back();
        stack.pop_back();
        for (std::uint32_t link : outgoing(at)) {
            const std::uint32_t to = links_[link].to;
            if (reached_by_forum_[to])
                continue;
            reached_by_forum_[to] = true;
            stack.push_back(to);
        }
    }
}

void FlowGraph::compute_cycles_and_reach() {
    // Tarjan's strongly connected components, with an explicit stack. Components
    // come out sinks first, so each one's reachable deciders can be gathered
    // from the components it links to, which are already finished.
    const std::size_t n = bodies_.size();
    constexpr std::uint32_t unvisited = 0xFFFFFFFFu;
    std::vector<std::uint32_t> order(n, unvisited), low(n, 0);
    std::vector<bool> on_stack(n, false);
    std::vector<std::uint32_t> scc_stack, members, merged;
    struct Frame {
        std::uint32_t node;
        std::uint32_t next_edge;
    };
    std::vector<Frame> call_stack;
    component_.assign(n, unvisited);
    component_reach_.clear();
    component_truncated_.clear();
    in_cycle_.assign(n, false);
    std::uint32_t counter = 0;

    // Sorted union of `from` into `into`, at most reach_cap long.
    auto merge_into = [&merged](std::vector<std::uint32_t>& into, bool& truncated,
                                std::span<const std::uint32_t> from, bool from_truncated) {
        truncated = truncated || from_truncated;
        if (from.empty())
            return;
        merged.clear();
        std::set_union(into.begin(), into.end(), from.begin(), from.end(),
                       std::back_inserter(merged));
        if (merged.size() > reach_cap) {
            merged.resize(reach_cap);
            truncated = true;
        }
        into.assign(merged.begin(), merged.end());
    };

    for (std::uint32_t root = 0; root < n; ++root) {
        if (order[root] != unvisited)
            continue;
        call_stack.push_back({root, 0});
        order[root] = low[root] = counter++;
        scc_stack.push_back(root);
        on_stack[root] = true;
        while (!call_stack.empty()) {
            Frame& frame = call_stack.back();
            const std::uint32_t v = frame.node;
            const auto edges = outgoing(v);
            if (frame.next_edge < edges.size()) {
                const std::uint32_t w = links_[edges[frame.next_edge++]].to;
                if (order[w] == unvisited) {
                    order[w] = low[w] = counter++;
                    scc_stack.push_back(w);
                    on_stack[w] = true;
                    call_stack.push_back({w, 0});
                } else if (on_stack[w]) {
                    low[v] = std::min(low[v], order[w]);
                }
                continue;
            }
            call_stack.pop_back();
            if (!call_stack.empty()) {
                const std::uint32_t parent = call_stack.back().node;
                low[parent] = std::min(low[parent], low[v]);
            }
            if (low[v] != order[v])
                continue;
            // v roots a component: pop it, then gather what it reaches.
            const auto id = static_cast<std::uint32_t>(component_reach_.size());
            members.clear();
            std::uint32_t w = 0;
            do {
                w = scc_stack.back();
                scc_stack.pop_back();
                on_stack[w] = false;
                component_[w] = id;
                members.push_back(w);
            } while (w != v);
            std::sort(members.begin(), members.end());
            std::vector<std::uint32_t> reach;
            bool truncated = false;
            bool self_loop = false;
            for (std::uint32_t m : members) {
                if (decides(m))
                    merge_into(reach, truncated, std::span(&m, 1), false);
                for (std::uint32_t link : outgoing(m)) {
                    const std::uint32_t target = component_[links_[link].to];
                    if (target == id) {
                        self_loop = self_loop || links_[link].to == m;
                        continue;
                    }
                    merge_into(reach, truncated, component_reach_[target],
                               component_truncated_[target]);
                }
            }
            if (members.size() > 1 || self_loop) {
                for (std::uint32_t m : members)
                    in_cycle_[m] = true;
                cycles_.push_back(members);
            }
            component_reach_.push_back(std::move(reach));
            component_truncated_.push_back(truncated);
        }
    }
    std::sort(cycles_.begin(), cycles_.end()); // by first member, i.e. file order
}

std::vector<GroupRepresentation> representation(const Plan& plan, const FlowGraph& graph) {
    std::unordered_map<std::string_view, std::size_t> group_index;
    std::vector<GroupRepresentation> out;
    for (const Group& group : plan.groups) {
        group_index.emplace(group.id.value, out.size());
        out.push_back(GroupRepresentation{&group, {}, {}});
    }
    for (std::uint32_t i = 0; i < graph.size(); ++i) {
        if (!graph.is_forum(i))
            continue;
        for (const Text& id : graph.body(i).groups.value) {
            auto it = group_index.find(id.value);
            if (it == group_index.end())
                continue;
            out[it->second].routes.push_back({i, graph.deciders_reached(i)});
        }
    }
    for (auto& entry : out) {
        for (const auto& route : entry.routes)
            entry.deciders.insert(entry.deciders.end(), route.deciders.begin(),
                                  route.deciders.end());
        std::sort(entry.deciders.begin(), entry.deciders.end());
        entry.deciders.erase(std::unique(entry.deciders.begin(), entry.deciders.end()),
                             entry.deciders.end());
    }
    return out;
}

} // namespace engage
