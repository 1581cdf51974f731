// SPDX-License-Identifier: MIT
// Escaping plan text for each output format, each driven by its own table
// of replacements (escape.cpp). Internal to the renderers.
// Each first passes the text through printable() (util/printable.hpp), keeping
// line breaks: no control character, invalid UTF-8 or bidirectional control
// reaches a report raw, whatever the format does with the rest.
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

/// One CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF,
/// with quotes doubled. A cell starting with =, +, -, @ or their full-width
/// forms (＝＋－＠), also after blanks or line breaks, or starting with a tab or
/// CR, gets a leading apostrophe first, so a spreadsheet never runs it as a formula.
[[nodiscard]] std::string csv_cell(std::string_view text);

/// Text for a cell of a GitHub-flavoured Markdown table: pipes and backslashes
/// escaped, line breaks become spaces, and the characters Markdown would read
/// as markup or HTML (`*_[]<>&` and backticks) escaped, so a cell shows what
/// the plan says.
[[nodiscard]] std::string markdown_cell(std::string_view text);

/// Text for HTML element content or a double-quoted attribute: & < > " ' as entities.
[[nodiscard]] std::string html_text(std::string_view text);

/// Shortens `text` to at most `limit` code points, ending with "..." when cut.
[[nodiscard]] std::string shorten(std::string_view text, std::size_t limit);

} // namespace engage::detail
