// SPDX-License-Identifier: MIT
// The flow of one plan as inline SVG, laid out by engage itself (no script,
// no network). Internal to the HTML report.
#pragma once

#include <engage/report.hpp>

#include <cstddef>
#include <ostream>

namespace engage::detail {

/// Bodies beyond this are listed in tables but not drawn: a picture of
/// hundreds of boxes helps nobody and makes the page heavy.
inline constexpr std::size_t svg_body_cap = 150;

/// Columns by distance to a deciding body (bodies that decide on the right,
/// bodies with no route on the left), rows in file order. Writes nothing
/// when the plan has no bodies or more than `svg_body_cap`.
void write_flow_svg(std::ostream& out, const Report& report);

} // namespace engage::detail
