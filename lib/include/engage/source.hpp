// Source positions: every model node and every finding points at a place in a file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

/// A 1-based line and column (in Unicode code points) inside one file of a plan.
/// `line == 0` means "no place": the node was not written in the file.
struct SourceLoc {
    std::uint32_t file = 0; ///< index into the owning plan's `files`
    std::uint32_t line = 0;
    std::uint32_t column = 0;

    [[nodiscard]] bool known() const { return line != 0; }
    friend bool operator==(const SourceLoc& a, const SourceLoc& b) {
        return a.file == b.file && a.line == b.line && a.column == b.column;
    }
};

/// A file as read from disk (or standard input), kept so that diagnostics can
/// show the offending line without reading the file again.
struct SourceFile {
    std::string path; ///< as given or discovered, used verbatim in messages
    std::string text; ///< the raw bytes
    /// Offsets of the `#` of each YAML comment reading `# engage:` (suppressions),
    /// as the parser sees the text: never a `#` inside a quoted or block scalar.
    /// Filled by the loader; empty for a file that could not be read as YAML.
    std::vector<std::uint32_t> engage_comments = {};
};

/// A value together with where it was written.
template <class T> struct Located {
    T value{};
    SourceLoc loc{};
    /// Written, but not a value engage can use (the loader reported it).
    bool invalid = false;
    /// There is a usable value.
    [[nodiscard]] bool present() const { return loc.known() && !invalid; }
    /// The key was written, usable or not: checks of what is missing ask this,
    /// so a bad value is one finding (the loader's), not also "missing".
    [[nodiscard]] bool written() const { return loc.known(); }
};

using Text = Located<std::string>;
using TextList = Located<std::vector<Text>>;

} // namespace engage
