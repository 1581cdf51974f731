// SPDX-License-Identifier: MIT
// Where each part of the flow picture goes: boxes, the lines of their names,
// the links' routes and the legend, worked out once so that the SVG and the
// geometry test read the same numbers. Internal to the HTML report.
#pragma once

#include <engage/report.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace engage::detail {

/// The text of the picture: one size, and a width per character generous
/// enough for the widest common letters, so a line that fits here fits drawn.
inline constexpr int flow_font_px = 12;
inline constexpr double flow_char_px = 7.2;
inline constexpr int flow_line_px = 15;
inline constexpr int flow_text_pad = 8; ///< between a box's side and its text

struct FlowPoint {
    int x = 0, y = 0;
};

struct FlowRect {
    int x = 0, y = 0, width = 0, height = 0;
    [[nodiscard]] int right() const { return x + width; }
    [[nodiscard]] int bottom() const { return y + height; }
};

struct FlowBox {
    FlowRect rect;
    std::vector<std::string> lines; ///< the name, wrapped
    int first_baseline = 0;         ///< y of the first line; each next is flow_line_px lower
    int column = 0;
};

/// A link drawn as straight runs between `points` (each run level or upright),
/// from the right side of its source to the left side of its target.
struct FlowPath {
    std::uint32_t from = 0, to = 0; ///< indices into Report::bodies and FlowLayout::boxes
    bool feedback = false;
    std::vector<FlowPoint> points;
};

enum class LegendSample { feedback, no_feedback, forum, board, decides, no_route, loop };

struct LegendItem {
    LegendSample sample = LegendSample::feedback;
    std::string text;
    FlowRect sample_area; ///< where the line or small box is drawn
    FlowPoint text_at;    ///< baseline start of the text
};

struct FlowLayout {
    int width = 0, height = 0;  ///< the viewBox, from 0 0
    std::vector<FlowBox> boxes; ///< one a body, in Report::bodies order
    std::vector<FlowPath> paths;
    std::vector<LegendItem> legend;
};

/// Estimated drawn width of one line of the picture's text.
[[nodiscard]] double flow_text_width(std::string_view line);

/// Columns by links still to go to a deciding body (no route: the first
/// column), rows in file order. A link to the next column turns in the gap
/// between; any other link (within a column, backwards, or past a column)
/// goes up to a lane above all the boxes and comes down in the gap before
/// its target, so no link crosses a box.
[[nodiscard]] FlowLayout lay_out_flow(const Report& report);

} // namespace engage::detail
