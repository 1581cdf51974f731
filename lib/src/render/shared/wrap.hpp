// SPDX-License-Identifier: MIT
// Breaking a name or label onto lines at word boundaries, for pictures that
// cannot wrap text themselves (SVG, Mermaid, Graphviz). Internal to the renderers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace engage::detail {

/// Code points in `text` (an invalid byte counts as one).
[[nodiscard]] std::size_t code_points(std::string_view text);

/// `text` in lines of at most `width` code points, broken at spaces; a word
/// longer than a line is split. With more than `max_lines` lines, the last
/// kept line ends in "..." at a word boundary where one fits.
[[nodiscard]] std::vector<std::string> wrap_words(std::string_view text, std::size_t width,
                                                  std::size_t max_lines);

} // namespace engage::detail
