// SPDX-License-Identifier: MIT
#include "render/report/report_svg.hpp"

#include "render/shared/escape.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace engage::detail {

namespace {

constexpr int node_width = 200, node_height = 48, column_gap = 90, row_gap = 22, margin = 20;
constexpr std::size_t label_limit = 26;

struct Place {
    int x = 0, y = 0;
};

/// Where each body sits: its column counts links still to go to a decision.
std::vector<Place> lay_out(const Report& r, int& width, int& height) {
    std::uint32_t farthest = 0;
    bool any_without_route = false;
    for (const auto& b : r.bodies) {
        if (b.links_to_decision)
            farthest = std::max(farthest, *b.links_to_decision);
        else
            any_without_route = true;
    }
    const int shift = any_without_route ? 1 : 0;
    const int columns = static_cast<int>(farthest) + 1 + shift;
    std::vector<int> rows(static_cast<std::size_t>(columns), 0);
    std::vector<Place> places;
    for (const auto& b : r.bodies) {
        const int column =
            b.links_to_decision ? static_cast<int>(farthest - *b.links_to_decision) + shift : 0;
        const int row = rows[static_cast<std::size_t>(column)]++;
        places.push_back(
            {margin + column * (node_width + column_gap), margin + row * (node_height + row_gap)});
    }
    const int most_rows = *std::max_element(rows.begin(), rows.end());
    width = 2 * margin + columns * node_width + (columns - 1) * column_gap;
    height = 2 * margin + most_rows * node_height + std::max(0, most_rows - 1) * row_gap;
    return places;
}

void write_node(std::ostream& out, const BodyRow& b, Place at) {
    const std::string stroke = b.orphan ? "#c0392b" : "#34495e";
    out << fmt::format(R"svg(<g class="body"><title>{}</title>)svg", html_text(b.name));
    out << fmt::format(
        R"svg(<rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{}" stroke="{}" stroke-width="{}"{}/>)svg",
        at.x, at.y, node_width, node_height, b.forum ? node_height / 2 : 4,
        b.in_loop ? "#fadbd8" : (b.forum ? "#eaf2fb" : "#ffffff"), stroke, b.decides ? 3 : 1.5,
        b.orphan ? R"svg( stroke-dasharray="6 4")svg" : "");
    out << fmt::format(R"svg(<text x="{}" y="{}" text-anchor="middle">{}</text></g>)svg",
                       at.x + node_width / 2, at.y + node_height / 2 + 5,
                       html_text(shorten(b.name, label_limit)));
    out << '\n';
}

void write_link(std::ostream& out, const Report& r, const FlowEdge& link,
                const std::vector<Place>& places) {
    const Place from = places[link.from], to = places[link.to];
    const int x1 = from.x + node_width, y1 = from.y + node_height / 2;
    const int x2 = to.x, y2 = to.y + node_height / 2;
    const std::string colour = link.feedback ? "#34495e" : "#c0392b";
    out << fmt::format(R"svg(<path d="M {} {} C {} {}, {} {}, {} {}" fill="none" stroke="{}" )svg"
                       R"svg(stroke-width="1.5"{} marker-end="url(#arrow)">)svg",
                       x1, y1, x1 + 60, y1, x2 - 60, y2, x2, y2, colour,
                       link.feedback ? "" : R"svg( stroke-dasharray="5 4")svg");
    std::string label = r.bodies[link.from].name + " to " + r.bodies[link.to].name;
    if (!link.how.empty())
        label += ": " + link.how;
    if (!link.feedback)
        label += " (no feedback)svg";
    out << "<title>" << html_text(label) << "</title></path>\n";
}

} // namespace

void write_flow_svg(std::ostream& out, const Report& r) {
    if (r.bodies.empty() || r.bodies.size() > svg_body_cap)
        return;
    int width = 0, height = 0;
    const std::vector<Place> places = lay_out(r, width, height);
    out << fmt::format(R"svg(<svg xmlns="http://www.w3.org/2000/svg" class="flow" width="{}" )svg"
                       R"svg(height="{}" viewBox="0 0 {} {}" role="img">)svg",
                       width, height, width, height);
    out << "<title>How views flow between forums and boards</title>\n";
    out << R"svg(<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" )svg"
           R"svg(markerWidth="7" markerHeight="7" orient="auto-start-reverse">)svg"
           R"svg(<path d="M 0 0 L 10 5 L 0 10 z" fill="#34495e"/></marker></defs>)svg"
        << '\n';
    for (const auto& link : r.links)
        write_link(out, r, link, places);
    for (std::size_t i = 0; i < r.bodies.size(); ++i)
        write_node(out, r.bodies[i], places[i]);
    out << "</svg>\n";
}

} // namespace engage::detail
