// Escaping plan text for each output format. Internal to the renderers.
#pragma once

#include <string>
#include <string_view>

namespace engage::detail {

/// Text for a double-quoted Mermaid label: quotes, angle brackets, `#`, `&`,
/// backticks and pipes become entity codes; line breaks become spaces.
[[nodiscard]] std::string mermaid_text(std::string_view text);

/// Text for a double-quoted Graphviz string: backslashes and quotes escaped,
/// line breaks become spaces.
[[nodiscard]] std::string dot_text(std::string_view text);

/// Shortens `text` to at most `limit` code points, ending with "..." when cut.
[[nodiscard]] std::string shorten(std::string_view text, std::size_t limit);

} // namespace engage::detail
