// SPDX-License-Identifier: MIT
// Where a file's YAML comments are, as the parser sees the text: a `#` inside
// a quoted or block scalar is text, not a comment. Internal to the loader.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace engage::detail {

/// Bytes [begin, end) of a quoted or block scalar's text.
struct TextSpan {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

/// Where the scalar whose node starts at `at` (the parser's mark) itself starts:
/// past its anchor and tag, if any.
[[nodiscard]] std::size_t scalar_start(std::string_view text, std::size_t at);

/// The span of the scalar whose node starts at `at` (the parser's mark: its
/// anchor or tag, if any, else its first character), when it is quoted or a
/// block scalar; `top_indent` is the column (0-based) of the innermost block
/// list or mapping holding it, or -1 at the top level. The span's end follows
/// yaml-cpp's own rules (a block scalar ends at the first line indented less
/// than its text); a plain scalar has none, as ` #` always ends it.
[[nodiscard]] std::optional<TextSpan> scalar_text_span(std::string_view text, std::size_t at,
                                                       int top_indent);

/// Offsets of the `#` of every real comment that reads `# engage:`, in file
/// order, given the spans of every quoted and block scalar (in file order).
[[nodiscard]] std::vector<std::uint32_t> find_engage_comments(std::string_view text,
                                                              const std::vector<TextSpan>& spans);

} // namespace engage::detail
