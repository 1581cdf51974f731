// SPDX-License-Identifier: MIT
#include "render/report/report_svg.hpp"

#include "render/report/flow_layout.hpp"
#include "render/shared/escape.hpp"

#include <fmt/format.h>

#include <vector>

namespace engage::detail {

namespace {

constexpr const char* ink = "#34495e";
constexpr const char* alarm = "#c0392b";

/// Inline, so a page's stylesheet (which may size `text`) cannot make a name outgrow its box.
std::string text_style() {
    return fmt::format(R"svg( style="font-size:{}px;fill:#1c2833")svg", flow_font_px);
}

void write_node(std::ostream& out, const BodyRow& b, const FlowBox& box) {
    const FlowRect& at = box.rect;
    out << fmt::format(R"svg(<g class="body"><title>{}</title>)svg", html_text(b.name));
    out << fmt::format(
        R"svg(<rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{}" stroke="{}" stroke-width="{}"{}/>)svg",
        at.x, at.y, at.width, at.height, b.forum ? std::min(at.height / 2, 24) : 4,
        b.in_loop ? "#fadbd8" : (b.forum ? "#eaf2fb" : "#ffffff"), b.orphan ? alarm : ink,
        b.decides ? 3 : 1.5, b.orphan ? R"svg( stroke-dasharray="6 4")svg" : "");
    out << fmt::format(R"svg(<text x="{}" y="{}" text-anchor="middle"{}>)svg", at.x + at.width / 2,
                       box.first_baseline, text_style());
    for (std::size_t i = 0; i < box.lines.size(); ++i)
        out << fmt::format(R"svg(<tspan x="{}" {}>{}</tspan>)svg", at.x + at.width / 2,
                           i == 0 ? "dy=\"0\"" : fmt::format("dy=\"{}\"", flow_line_px),
                           html_text(box.lines[i]));
    out << "</text></g>\n";
}

std::string link_label(const Report& r, const FlowEdge& link) {
    std::string label = r.bodies[link.from].name + " to " + r.bodies[link.to].name;
    if (!link.how.empty())
        label += ": " + link.how;
    if (!link.feedback)
        label += " (no feedback)";
    return label;
}

void write_link(std::ostream& out, const Report& r, const FlowEdge& link, const FlowPath& path) {
    std::string d;
    for (const FlowPoint& p : path.points)
        d += fmt::format("{}{} {}", d.empty() ? "M " : " L ", p.x, p.y);
    out << fmt::format(
        R"svg(<path class="link" d="{}" fill="none" stroke="{}" stroke-width="1.5"{} )svg"
        R"svg(marker-end="url(#{})">)svg",
        d, link.feedback ? ink : alarm, link.feedback ? "" : R"svg( stroke-dasharray="5 4")svg",
        link.feedback ? "arrow" : "arrow-none");
    out << "<title>" << html_text(link_label(r, link)) << "</title></path>\n";
}

void write_legend_item(std::ostream& out, const LegendItem& item) {
    const FlowRect& s = item.sample_area;
    const int mid = s.y + s.height / 2;
    switch (item.sample) {
    case LegendSample::feedback:
    case LegendSample::no_feedback: {
        const bool feedback = item.sample == LegendSample::feedback;
        out << fmt::format(R"svg(<path d="M {} {} L {} {}" stroke="{}" stroke-width="1.5"{} )svg"
                           R"svg(marker-end="url(#{})"/>)svg",
                           s.x, mid, s.right(), mid, feedback ? ink : alarm,
                           feedback ? "" : R"svg( stroke-dasharray="5 4")svg",
                           feedback ? "arrow" : "arrow-none");
        break;
    }
    default: {
        const bool forum = item.sample == LegendSample::forum ||
                           item.sample == LegendSample::no_route ||
                           item.sample == LegendSample::loop;
        const bool orphan = item.sample == LegendSample::no_route;
        out << fmt::format(
            R"svg(<rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{}" stroke="{}" stroke-width="{}"{}/>)svg",
            s.x, s.y, s.width, s.height, forum ? s.height / 2 : 2,
            item.sample == LegendSample::loop ? "#fadbd8" : (forum ? "#eaf2fb" : "#ffffff"),
            orphan ? alarm : ink, item.sample == LegendSample::decides ? 3 : 1.5,
            orphan ? R"svg( stroke-dasharray="6 4")svg" : "");
    }
    }
    out << fmt::format(R"svg(<text x="{}" y="{}"{}>{}</text>)svg", item.text_at.x, item.text_at.y,
                       text_style(), html_text(item.text))
        << '\n';
}

} // namespace

void write_flow_svg(std::ostream& out, const Report& r) {
    if (r.bodies.empty() || r.bodies.size() > svg_body_cap)
        return;
    const FlowLayout layout = lay_out_flow(r);
    out << fmt::format(
        R"svg(<svg xmlns="http://www.w3.org/2000/svg" class="flow" width="{}" )svg"
        R"svg(height="{}" viewBox="0 0 {} {}" role="img" aria-label="How views flow between forums and boards">)svg",
        layout.width, layout.height, layout.width, layout.height);
    out << R"svg(<title>How views flow between forums and boards</title>)svg" << '\n';
    out << "<defs>";
    for (const auto& [id, colour] : {std::pair{"arrow", ink}, std::pair{"arrow-none", alarm}})
        out << fmt::format(R"svg(<marker id="{}" viewBox="0 0 10 10" refX="10" refY="5" )svg"
                           R"svg(markerWidth="7" markerHeight="7" orient="auto-start-reverse">)svg"
                           R"svg(<path d="M 0 0 L 10 5 L 0 10 z" fill="{}"/></marker>)svg",
                           id, colour);
    out << "</defs>\n";
    for (std::size_t e = 0; e < r.links.size(); ++e)
        write_link(out, r, r.links[e], layout.paths[e]);
    for (std::size_t i = 0; i < r.bodies.size(); ++i)
        write_node(out, r.bodies[i], layout.boxes[i]);
    out << R"svg(<g class="legend">)svg" << '\n';
    for (const LegendItem& item : layout.legend)
        write_legend_item(out, item);
    out << "</g></svg>\n";
}

} // namespace engage::detail
