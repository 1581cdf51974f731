// Byte-level facts about a file, before any YAML parsing: line positions and
// bytes YAML forbids. Internal to the loader.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engage::detail {

struct Position {
    std::uint32_t line = 0;   // 1-based
    std::uint32_t column = 0; // 1-based, in code points
};

/// Maps byte offsets to 1-based lines and code-point columns.
/// Line breaks are LF, CRLF and a lone CR, as in YAML. Remembers the last line
/// it found (questions come in file order), so one index serves one thread.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    [[nodiscard]] Position position(std::size_t offset) const;
    [[nodiscard]] std::size_t line_start(std::uint32_t line) const; // 1-based line

private:
    [[nodiscard]] std::size_t line_index(std::size_t offset) const; // 0-based

    std::string_view text_;
    std::vector<std::size_t> starts_;
    mutable std::size_t last_line_ = 0;
};

/// The first byte sequence that YAML cannot hold.
struct ByteProblem {
    std::size_t offset = 0;
    std::string message;
    std::string help;
};

/// Finds invalid UTF-8, NUL bytes and control characters (tab, LF and CR are allowed).
[[nodiscard]] std::optional<ByteProblem> find_forbidden_bytes(std::string_view text);

/// The offset of the first tab in the leading white space of a line at or
/// before `last_line` (1-based), if any: YAML only indents with spaces.
[[nodiscard]] std::optional<std::size_t>
find_tab_indentation(std::string_view text, const LineIndex& lines, std::uint32_t last_line);

/// Length of a UTF-8 byte-order mark at the start of `text` (0 or 3).
[[nodiscard]] std::size_t utf8_bom_length(std::string_view text);

/// True when the text starts with a UTF-16 or UTF-32 byte-order mark.
[[nodiscard]] bool has_utf16_or_32_bom(std::string_view text);

} // namespace engage::detail
