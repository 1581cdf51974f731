// SPDX-License-Identifier: MIT
// A table of what each byte becomes in one output format, shared by the
// escapers of every format (escape.cpp, ci_escape.cpp). Internal to the renderers.
#pragma once

#include <array>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace engage::detail {

/// What each byte becomes in one format; an empty entry keeps the byte. Adding
/// a character to escape is one entry. Only ASCII bytes are given entries, so a
/// multi-byte UTF-8 character always passes through whole.
struct EscapeTable {
    std::array<std::string_view, 256> replacement{};
};

/// `base` with more entries (added or replacing base's).
constexpr EscapeTable
extend_table(EscapeTable base, std::initializer_list<std::pair<char, std::string_view>> entries) {
    for (const auto& [c, replacement] : entries)
        base.replacement[static_cast<unsigned char>(c)] = replacement;
    return base;
}

constexpr EscapeTable make_table(std::initializer_list<std::pair<char, std::string_view>> entries) {
    return extend_table(EscapeTable{}, entries);
}

/// Appends `text` to `out`, each byte replaced as `table` says.
inline void append_escaped(std::string& out, const EscapeTable& table, std::string_view text) {
    for (const char c : text) {
        const std::string_view replacement = table.replacement[static_cast<unsigned char>(c)];
        if (replacement.empty())
            out += c;
        else
            out += replacement;
    }
}

} // namespace engage::detail
