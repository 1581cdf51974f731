// SPDX-License-Identifier: MIT
// The one escaping step for everything engage prints: text from plans, file
// names, configuration and git on its way to a terminal, a CI log or a report.
// Internal; every renderer and the CLI's messages go through it.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace engage::detail {

/// What happens to line breaks (LF, and CR just before one) and tabs.
enum class Breaks {
    escape, ///< shown as \n, \r and \t: the text stays on one line
    keep,   ///< kept, for text that may run over several lines (a CSV cell, a report)
};

/// `text` safe to print: invalid UTF-8 becomes U+FFFD; C0 controls, DEL and C1
/// controls are shown as \n, \r, \t, \xHH or \uHHHH, as are the Unicode line
/// and paragraph separators and the bidirectional controls that reorder what a
/// reader sees. A line that would begin with `::` (after blanks), which a
/// GitHub Actions runner reads as a workflow command, has its first colon
/// written as \x3a. Text with nothing to change comes back as it is.
[[nodiscard]] std::string printable(std::string_view text, Breaks breaks = Breaks::escape);

/// Appends printable(text, breaks) to `out`.
void append_printable(std::string& out, std::string_view text, Breaks breaks = Breaks::escape);

/// True when printable(text, breaks) is `text` itself.
[[nodiscard]] bool is_printable(std::string_view text, Breaks breaks = Breaks::escape);

/// The code point of `character` (one valid UTF-8 sequence of 2 to 4 bytes)
/// when it is a C1 control, a line or paragraph separator or a bidirectional
/// control, which printable() escapes; else 0. For writers with escapes of
/// their own (JSON's \uXXXX).
[[nodiscard]] std::uint32_t hidden_control(std::string_view character);

/// For `out << shown(text)`: writes printable(text) without building a string
/// when there is nothing to change.
struct Shown {
    std::string_view text;
    Breaks breaks = Breaks::escape;
};
[[nodiscard]] inline Shown shown(std::string_view text, Breaks breaks = Breaks::escape) {
    return {text, breaks};
}
std::ostream& operator<<(std::ostream& out, const Shown& shown);

} // namespace engage::detail
