// SPDX-License-Identifier: MIT
// The flow picture's geometry, as the SVG draws it: no link crosses a box
// other than its own two ends, nothing lies outside the picture, and no line
// of a name is wider than its box (at the width per character the layout uses).
#include "render/report/flow_layout.hpp"
#include "render/shared/wrap.hpp"

#include <engage/engine.hpp>
#include <engage/load.hpp>
#include <engage/report.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace engage;
using namespace engage::detail;

namespace {

/// Whether the level or upright run a-b passes through the inside of `box`
/// (touching its edge, as a link does where it meets its box, is not crossing).
bool crosses(FlowPoint a, FlowPoint b, const FlowRect& box) {
    const int left = std::min(a.x, b.x), right = std::max(a.x, b.x);
    const int top = std::min(a.y, b.y), bottom = std::max(a.y, b.y);
    return left < box.right() && right > box.x && top < box.bottom() && bottom > box.y;
}

bool inside(FlowPoint p, const FlowLayout& layout) {
    return p.x >= 0 && p.y >= 0 && p.x <= layout.width && p.y <= layout.height;
}

bool inside(const FlowRect& r, const FlowLayout& layout) {
    return inside(FlowPoint{r.x, r.y}, layout) && inside(FlowPoint{r.right(), r.bottom()}, layout);
}

bool on_left_side(FlowPoint p, const FlowRect& r) {
    return p.x == r.x && p.y > r.y && p.y < r.bottom();
}
bool on_right_side(FlowPoint p, const FlowRect& r) {
    return p.x == r.right() && p.y > r.y && p.y < r.bottom();
}

/// Every check of the picture of `report`; `what` names it in failures.
void check_geometry(const Report& report, const std::string& what) {
    CAPTURE(what);
    const FlowLayout layout = lay_out_flow(report);
    REQUIRE(layout.boxes.size() == report.bodies.size());
    REQUIRE(layout.paths.size() == report.links.size());
    for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
        const FlowBox& box = layout.boxes[i];
        CAPTURE(report.bodies[i].name);
        CHECK(inside(box.rect, layout));
        CHECK_FALSE(box.lines.empty());
        for (const std::string& line : box.lines)
            CHECK(flow_text_width(line) <= box.rect.width - 2 * flow_text_pad);
        const int last_baseline =
            box.first_baseline + static_cast<int>(box.lines.size() - 1) * flow_line_px;
        CHECK(box.first_baseline - flow_font_px >= box.rect.y);
        CHECK(last_baseline + 4 <= box.rect.bottom());
        for (std::size_t j = i + 1; j < layout.boxes.size(); ++j)
            CHECK_FALSE(crosses({box.rect.x, box.rect.y}, {box.rect.right(), box.rect.bottom()},
                                layout.boxes[j].rect));
    }
    for (const FlowPath& path : layout.paths) {
        CAPTURE(report.bodies[path.from].name);
        CAPTURE(report.bodies[path.to].name);
        REQUIRE(path.points.size() >= 2);
        CHECK(on_right_side(path.points.front(), layout.boxes[path.from].rect));
        CHECK(on_left_side(path.points.back(), layout.boxes[path.to].rect));
        CHECK(path.points[path.points.size() - 2].x < path.points.back().x); // the arrow points in
        for (FlowPoint p : path.points)
            CHECK(inside(p, layout));
        for (std::size_t s = 0; s + 1 < path.points.size(); ++s) {
            const FlowPoint a = path.points[s], b = path.points[s + 1];
            CHECK((a.x == b.x || a.y == b.y)); // level or upright runs only
            for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
                CAPTURE(report.bodies[i].name);
                CHECK_FALSE(crosses(a, b, layout.boxes[i].rect));
            }
        }
    }
    for (const LegendItem& item : layout.legend) {
        CAPTURE(item.text);
        CHECK(inside(item.sample_area, layout));
        CHECK(item.text_at.x + flow_text_width(item.text) <= layout.width);
        for (const FlowBox& box : layout.boxes)
            CHECK(item.sample_area.y > box.rect.bottom());
    }
}

Report report_of(const LoadedPlan& loaded) {
    return build_report(check_plan(loaded, Settings{}), parse_date("2024-06-30"));
}

/// A hand-made report: bodies at the given distances to a decision (none: no route).
Report made_report(const std::vector<std::optional<std::uint32_t>>& distances,
                   const std::vector<std::pair<std::uint32_t, std::uint32_t>>& links) {
    Report report;
    for (std::size_t i = 0; i < distances.size(); ++i) {
        BodyRow body;
        body.name = "Body number " + std::to_string(i) + " with a fairly long name to wrap";
        body.forum = i % 2 == 0;
        body.decides = distances[i] == 0u;
        body.links_to_decision = distances[i];
        body.orphan = !distances[i];
        report.bodies.push_back(body);
    }
    for (std::size_t e = 0; e < links.size(); ++e)
        report.links.push_back({links[e].first, links[e].second, "how", e % 2 == 0});
    return report;
}

} // namespace

TEST_CASE("every example's flow picture: no link through a box, nothing outside, names fit") {
    for (const char* example :
         {"examples/dundee-yvop", "examples/edinburgh-childrens-services.yaml",
          "examples/nottingham-participation.yaml", "examples/rutland-participation.yaml"}) {
        const LoadResult loaded = load_paths({std::string(ENGAGE_SOURCE_DIR) + "/" + example});
        REQUIRE(loaded.errors.empty());
        REQUIRE(loaded.plans.size() == 1);
        check_geometry(report_of(loaded.plans[0]), example);
    }
}

TEST_CASE("links within a column, backwards and past a column go round the boxes") {
    // 0 and 1 decide (same column), 2 is one link away, 3 two, 4 has no route.
    const Report report =
        made_report({0u, 0u, 1u, 2u, std::nullopt},
                    {{0, 1}, {1, 0}, {2, 0}, {0, 2}, {3, 0}, {4, 3}, {3, 3}, {2, 4}});
    check_geometry(report, "made");
    const FlowLayout layout = lay_out_flow(report);
    // The link within the deciding column leaves right of it and comes back from its left.
    const FlowPath& within = layout.paths[0];
    CHECK(std::any_of(within.points.begin(), within.points.end(),
                      [&](FlowPoint p) { return p.x > layout.boxes[0].rect.right(); }));
    CHECK(std::any_of(within.points.begin(), within.points.end(),
                      [&](FlowPoint p) { return p.y < layout.boxes[0].rect.y; }));
}

TEST_CASE("a crowded column: many links into one board stay clear of every box") {
    std::vector<std::optional<std::uint32_t>> distances{0u};
    std::vector<std::pair<std::uint32_t, std::uint32_t>> links;
    for (std::uint32_t i = 1; i <= 12; ++i) {
        distances.emplace_back(1u);
        links.emplace_back(i, 0);
        links.emplace_back(0, i); // and back, the wrong way
    }
    check_geometry(made_report(distances, links), "crowded");
}

TEST_CASE("the geometry check fails on a link through a box") {
    const FlowRect box{100, 100, 200, 48};
    CHECK(crosses({50, 120}, {400, 120}, box));
    CHECK_FALSE(crosses({50, 100}, {400, 100}, box));  // along its top edge
    CHECK_FALSE(crosses({300, 120}, {350, 120}, box)); // leaving its right side
}

TEST_CASE("names wrap at word boundaries, a long word is split, too many lines end in ...") {
    CHECK(wrap_words("Your Voice Our Promise (YVOP) Engagement Team", 25, 4) ==
          std::vector<std::string>{"Your Voice Our Promise", "(YVOP) Engagement Team"});
    CHECK(wrap_words("Abcdefghijklmnopqrstuvwxyz", 10, 4) ==
          std::vector<std::string>{"Abcdefghij", "klmnopqrst", "uvwxyz"});
    CHECK(wrap_words("one two three four five six", 9, 2) ==
          std::vector<std::string>{"one two", "three..."});
    CHECK(wrap_words("  ", 9, 2).empty());
    CHECK(wrap_words("ééé ééé", 3, 2) == std::vector<std::string>{"ééé", "ééé"});
}
