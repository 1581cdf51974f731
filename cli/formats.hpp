// SPDX-License-Identifier: MIT
// The command line's side of the library's tables of output formats.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace engage::cli {

/// The names in a table of formats, for --format's choices (and so the completions).
template <class Format>
[[nodiscard]] std::vector<std::string> format_names(std::span<const Format> formats) {
    std::vector<std::string> names;
    for (const Format& format : formats)
        names.emplace_back(format.name);
    return names;
}

/// The format called `name`; the table's first (the default) when none is,
/// which --format's check rules out.
template <class Format>
[[nodiscard]] const Format& find_format(std::span<const Format> formats, std::string_view name) {
    for (const Format& format : formats) {
        if (format.name == name)
            return format;
    }
    return formats.front();
}

} // namespace engage::cli
