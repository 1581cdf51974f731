// SPDX-License-Identifier: MIT
#include "yaml_messages.hpp"

#include "comments.hpp"

#include <fmt/format.h>

namespace engage::detail {

std::string describe_parser_error(const std::string& message) {
    if (message == "illegal map value")
        return "a `:` appears where a value cannot start (is a key missing or mis-indented?)";
    if (message == "end of map not found")
        return "a mapping is not closed or is mis-indented";
    if (message == "end of sequence not found")
        return "a list is not closed or is mis-indented";
    if (message == "end of map flow not found")
        return "a `{` is never closed with `}`";
    if (message == "end of sequence flow not found")
        return "a `[` is never closed with `]`";
    if (message == "unknown escape character")
        return "unknown escape sequence in a double-quoted string";
    if (message == "bad file")
        return "nesting too deep for the YAML reader";
    return message;
}

namespace {

/// True when the line starting at `line` is `marker` (`---`, `...`) and what may follow it.
bool line_is_marker(std::string_view text, std::size_t line, std::string_view marker) {
    const std::string_view rest = text.substr(std::min(line, text.size()));
    if (!rest.starts_with(marker))
        return false;
    if (rest.size() == marker.size())
        return true;
    const char next = rest[marker.size()];
    return next == ' ' || next == '\t' || next == '\n' || next == '\r';
}

/// The start of the nearest line before `line` (1-based) with more than white
/// space and comments on it, if any.
std::optional<std::size_t> previous_content_line(std::string_view text, const LineIndex& lines,
                                                 std::uint32_t line) {
    while (line-- > 1) {
        const std::size_t start = lines.line_start(line);
        std::size_t first = start;
        while (first < text.size() && (text[first] == ' ' || text[first] == '\t'))
            ++first;
        if (first < text.size() && text[first] != '\n' && text[first] != '\r' && text[first] != '#')
            return start;
    }
    return std::nullopt;
}

} // namespace

SyntaxMessage second_document_message(std::string_view text, const LineIndex& lines, std::size_t at,
                                      const YamlNode* root) {
    const std::uint32_t line = lines.position(at).line;
    if (line_is_marker(text, lines.line_start(line), "---")) {
        return {"a plan file holds one YAML document, but a second one starts here",
                "Put each plan or fragment in its own file, or remove the `---` line."};
    }
    if (auto before = previous_content_line(text, lines, line);
        before && line_is_marker(text, *before, "...")) {
        return {"a plan file holds one YAML document, but a second one starts here, after the "
                "`...` that ends the first",
                "Remove the `...` line, or put what follows in a file of its own."};
    }
    if (root != nullptr && root->kind == NodeKind::scalar) {
        const std::size_t start = scalar_start(text, root->offset);
        if (start < text.size() && (text[start] == '|' || text[start] == '>')) {
            return {fmt::format("this line is outside the text that `{}` starts on line {}: the "
                                "lines of that text must be indented",
                                text[start], lines.position(start).line),
                    fmt::format("Indent the text's lines (by two spaces, say) under the line with "
                                "`{}`.",
                                text[start])};
        }
    }
    const std::string_view what = root == nullptr                    ? "value"
                                  : root->kind == NodeKind::mapping  ? "mapping"
                                  : root->kind == NodeKind::sequence ? "list"
                                                                     : "value";
    return {fmt::format("content continues after the end of the file's top-level {}, which ended "
                        "before this line (is this line mis-indented?)",
                        what),
            "A plan file holds one YAML document: indent this line like the lines it belongs "
            "with, or remove it."};
}

} // namespace engage::detail
