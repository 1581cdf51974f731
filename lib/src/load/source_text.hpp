// SPDX-License-Identifier: MIT
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
/// A column costs at most one block of bytes to count, however long the line
/// and in whatever order columns are asked for: a one-line file of a million
/// nodes must not cost a million scans of its line.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    [[nodiscard]] Position position(std::size_t offset) const;
    [[nodiscard]] std::size_t line_start(std::uint32_t line) const; // 1-based line
    /// Where the line that starts at or after line_start(line) ends: its line
    /// break, or the end of the text.
    [[nodiscard]] std::size_t line_end(std::uint32_t line) const;
    /// The byte offset of a place: the inverse of position(), clamped to the
    /// end of its line.
    [[nodiscard]] std::size_t offset(Position at) const;
    /// Code points beyond the Basic Multilingual Plane (4-byte UTF-8, two
    /// UTF-16 code units each) in text[begin, end), for UTF-16 columns.
    [[nodiscard]] std::size_t astral_code_points(std::size_t begin, std::size_t end) const;
    [[nodiscard]] std::uint32_t line_count() const {
        return static_cast<std::uint32_t>(starts_.size());
    }

private:
    [[nodiscard]] std::size_t line_index(std::size_t offset) const; // 0-based
    void count_blocks() const;
    /// Code points in text_[0, offset), from the block counts.
    [[nodiscard]] std::size_t code_points_before(std::size_t offset) const;

    static constexpr std::size_t block_bytes = 256;
    std::string_view text_;
    std::vector<std::size_t> starts_;
    mutable std::size_t last_line_ = 0;
    [[nodiscard]] std::size_t astral_before(std::size_t offset) const;
    /// Code points (and astral ones) before each block of block_bytes bytes;
    /// made the first time a place far from its line's start is asked for.
    mutable std::vector<std::size_t> block_code_points_;
    mutable std::vector<std::size_t> block_astral_;
};

/// The first byte sequence that YAML cannot hold.
struct ByteProblem {
    std::size_t offset = 0;
    std::string message;
    std::string help;
};

/// Finds invalid UTF-8, NUL bytes and control characters (tab, LF and CR are
/// allowed). Bytes that are not text and start with a known signature (a PDF,
/// an image, an archive) are named as that kind of file; text that happens to
/// start like one (a first key `GIF89a`) is text.
[[nodiscard]] std::optional<ByteProblem> find_forbidden_bytes(std::string_view text);

/// The offset of the first tab in the leading white space of a line from
/// `first_line` to `last_line` (1-based), if any: YAML only indents with spaces.
[[nodiscard]] std::optional<std::size_t> find_tab_indentation(std::string_view text,
                                                              const LineIndex& lines,
                                                              std::uint32_t first_line,
                                                              std::uint32_t last_line);

/// Length of a UTF-8 byte-order mark at the start of `text` (0 or 3).
[[nodiscard]] std::size_t utf8_bom_length(std::string_view text);

/// True when the text starts with a UTF-16 or UTF-32 byte-order mark.
[[nodiscard]] bool has_utf16_or_32_bom(std::string_view text);

} // namespace engage::detail
