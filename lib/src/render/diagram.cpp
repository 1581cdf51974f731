// SPDX-License-Identifier: MIT
// The flow of one plan as a picture: Mermaid for Markdown, DOT for Graphviz.
#include "render/shared/escape.hpp"

#include <engage/render.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace engage {

namespace {

constexpr std::size_t label_limit = 60; // code points of a body's name
constexpr std::size_t edge_limit = 40;  // code points of a link's "how"

std::string body_label(const Body& body) {
    return detail::shorten(body.name.value.empty() ? body.id.value : body.name.value, label_limit);
}

bool is_orphan(const FlowGraph& graph, std::uint32_t i) {
    return graph.is_forum(i) && graph.links_to_decision(i) == FlowGraph::unreachable;
}

std::string edge_label(const FlowLink& link) {
    std::string label =
        link.link->how.present() ? detail::shorten(link.link->how.value, edge_limit) : "";
    if (!link.has_feedback())
        label += label.empty() ? "no feedback" : " (no feedback)";
    return label;
}

} // namespace

void render_mermaid(std::ostream& out, const Plan& plan, const FlowGraph& graph) {
    std::vector<std::uint32_t> all(graph.size());
    for (std::uint32_t i = 0; i < graph.size(); ++i)
        all[i] = i;
    render_mermaid(out, plan, graph, all);
}

void render_mermaid(std::ostream& out, const Plan& plan, const FlowGraph& graph,
                    std::span<const std::uint32_t> bodies) {
    out << "%% Flow of views in " << detail::mermaid_text(plan.info.id.value)
        << ", drawn by engage\n";
    out << "flowchart LR\n";
    std::vector<bool> shown(graph.size(), false);
    for (std::uint32_t i : bodies)
        shown[i] = true;
    auto node = [&](std::uint32_t i, std::string_view suffix) {
        const std::string label =
            detail::mermaid_text(body_label(graph.body(i))) + std::string(suffix);
        // Forums are rounded (stadium), boards square; deciding bodies get a heavy border.
        out << "  n" << i << (graph.is_forum(i) ? "([\"" : "[\"") << label
            << (graph.is_forum(i) ? "\"])" : "\"]") << '\n';
    };
    for (std::uint32_t i : bodies)
        node(i, "");
    // A link that leaves this diagram ends at a stub of the body it reaches.
    std::vector<std::uint32_t> stubs;
    std::vector<std::size_t> drawn;
    for (std::size_t e = 0; e < graph.links().size(); ++e) {
        const FlowLink& link = graph.links()[e];
        if (!shown[link.from] && !shown[link.to])
            continue;
        for (std::uint32_t end : {link.from, link.to}) {
            if (!shown[end] && std::find(stubs.begin(), stubs.end(), end) == stubs.end()) {
                stubs.push_back(end);
                node(end, " (drawn in another diagram)");
            }
        }
        drawn.push_back(e);
    }
    std::vector<std::size_t> without_feedback;
    for (std::size_t d = 0; d < drawn.size(); ++d) {
        const FlowLink& link = graph.links()[drawn[d]];
        out << "  n" << link.from << (link.has_feedback() ? " -->" : " -.->") << "|\""
            << detail::mermaid_text(edge_label(link)) << "\"| n" << link.to << '\n';
        if (!link.has_feedback())
            without_feedback.push_back(d);
    }
    out << "  classDef decides stroke-width:3px\n";
    out << "  classDef orphan stroke:#c0392b,stroke-width:3px,stroke-dasharray:6 4\n";
    out << "  classDef loop fill:#fadbd8\n";
    if (!stubs.empty())
        out << "  classDef elsewhere stroke-dasharray:2 2,color:#555555\n";
    auto emit_class = [&](std::string_view name, auto&& member) {
        std::string ids;
        for (std::uint32_t i : bodies) {
            if (member(i))
                ids += fmt::format("{}n{}", ids.empty() ? "" : ",", i);
        }
        if (!ids.empty())
            out << "  class " << ids << ' ' << name << '\n';
    };
    emit_class("decides", [&](std::uint32_t i) { return graph.decides(i); });
    emit_class("orphan", [&](std::uint32_t i) { return is_orphan(graph, i); });
    emit_class("loop", [&](std::uint32_t i) { return graph.in_cycle(i); });
    if (!stubs.empty()) {
        std::string ids;
        for (std::uint32_t i : stubs)
            ids += fmt::format("{}n{}", ids.empty() ? "" : ",", i);
        out << "  class " << ids << " elsewhere\n";
    }
    if (!without_feedback.empty()) {
        std::string indices;
        for (std::size_t e : without_feedback)
            indices += fmt::format("{}{}", indices.empty() ? "" : ",", e);
        out << "  linkStyle " << indices << " stroke:#c0392b\n";
    }
}

void render_dot(std::ostream& out, const Plan& plan, const FlowGraph& graph) {
    out << "digraph \"" << detail::dot_text(plan.info.id.value) << "\" {\n";
    out << "  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, label=\""
        << detail::dot_text(detail::shorten(plan.info.title.value, 80)) << "\"];\n";
    out << "  node [fontname=\"Helvetica\"];\n";
    out << "  edge [fontname=\"Helvetica\", fontsize=10];\n";
    for (std::uint32_t i = 0; i < graph.size(); ++i) {
        std::string attributes =
            fmt::format("label=\"{}\", shape={}", detail::dot_text(body_label(graph.body(i))),
                        graph.is_forum(i) ? "ellipse" : "box");
        if (graph.decides(i))
            attributes += ", peripheries=2, penwidth=2";
        // Graphviz keeps only the last `style`, so an orphan in a loop needs both in one.
        std::string style;
        if (is_orphan(graph, i)) {
            attributes += ", color=\"#c0392b\", penwidth=2";
            style = "dashed";
        }
        if (graph.in_cycle(i)) {
            attributes += ", fillcolor=\"#fadbd8\"";
            style += style.empty() ? "filled" : ",filled";
        }
        if (!style.empty())
            attributes += ", style=\"" + style + "\"";
        out << "  n" << i << " [" << attributes << "];\n";
    }
    for (const FlowLink& link : graph.links()) {
        out << "  n" << link.from << " -> n" << link.to << " [label=\""
            << detail::dot_text(edge_label(link)) << '"'
            << (link.has_feedback() ? "" : ", style=dashed, color=\"#c0392b\"") << "];\n";
    }
    out << "}\n";
}

} // namespace engage
