// SPDX-License-Identifier: MIT
// The flow of one plan as a picture: Mermaid for Markdown, DOT for Graphviz.
#include "render/shared/escape.hpp"
#include "render/shared/wrap.hpp"

#include <engage/render.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace engage {

namespace {

// Lines of a label, in code points, and how many at most: long names and
// links wrap at word boundaries rather than being cut mid-word.
constexpr std::size_t name_line = 30, name_lines = 4;
constexpr std::size_t how_line = 30, how_lines = 3;

std::vector<std::string> body_lines(const Body& body) {
    return detail::wrap_words(body.name.value.empty() ? body.id.value : body.name.value, name_line,
                              name_lines);
}

bool is_orphan(const FlowGraph& graph, std::uint32_t i) {
    return graph.is_forum(i) && graph.links_to_decision(i) == FlowGraph::unreachable;
}

std::vector<std::string> edge_lines(const FlowLink& link) {
    std::vector<std::string> lines;
    if (link.link->how.present())
        lines = detail::wrap_words(link.link->how.value, how_line, how_lines);
    if (!link.has_feedback())
        lines.emplace_back(lines.empty() ? "no feedback" : "(no feedback)");
    return lines;
}

/// Lines escaped by `escape` and joined by `line_break`.
template <typename Escape>
std::string joined(const std::vector<std::string>& lines, Escape&& escape,
                   std::string_view line_break) {
    std::string text;
    for (const std::string& line : lines) {
        if (!text.empty())
            text += line_break;
        text += escape(line);
    }
    return text;
}

std::string mermaid_lines(const std::vector<std::string>& lines) {
    return joined(
        lines, [](const std::string& line) { return detail::mermaid_text(line); }, "<br/>");
}

std::string dot_lines(const std::vector<std::string>& lines) {
    return joined(
        lines, [](const std::string& line) { return detail::dot_text(line); }, "\\n");
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
        std::vector<std::string> lines = body_lines(graph.body(i));
        if (!suffix.empty())
            lines.emplace_back(suffix);
        const std::string label = mermaid_lines(lines);
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
                node(end, "(drawn in another diagram)");
            }
        }
        drawn.push_back(e);
    }
    // One label per distinct link: several bodies passing views to one body in
    // the same way (a shared programme, say) have it said once, on the first.
    std::vector<std::pair<std::uint32_t, std::string>> labelled;
    std::vector<std::size_t> without_feedback;
    for (std::size_t d = 0; d < drawn.size(); ++d) {
        const FlowLink& link = graph.links()[drawn[d]];
        std::string label = mermaid_lines(edge_lines(link));
        const std::pair<std::uint32_t, std::string> key{link.to, label};
        if (std::find(labelled.begin(), labelled.end(), key) != labelled.end())
            label.clear();
        else
            labelled.push_back(key);
        out << "  n" << link.from << (link.has_feedback() ? " -->" : " -.->");
        if (!label.empty())
            out << "|\"" << label << "\"|";
        out << " n" << link.to << '\n';
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
            fmt::format("label=\"{}\", shape={}", dot_lines(body_lines(graph.body(i))),
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
            << dot_lines(edge_lines(link)) << '"'
            << (link.has_feedback() ? "" : ", style=dashed, color=\"#c0392b\"") << "];\n";
    }
    out << "}\n";
}

} // namespace engage
