// SPDX-License-Identifier: MIT
// Word wrapping for plain-text output.
#pragma once
#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace engage::detail {

/// `text`'s words on lines of at most `width` characters (a longer word has a line to itself).
[[nodiscard]] inline std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
    std::istringstream words{std::string(text)};
    std::vector<std::string> lines;
    std::string word;
    std::string line;
    while (words >> word) {
        if (!line.empty() && line.size() + 1 + word.size() > width) {
            lines.push_back(std::move(line));
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty())
        lines.push_back(std::move(line));
    return lines;
}

} // namespace engage::detail
