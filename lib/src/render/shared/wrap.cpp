// SPDX-License-Identifier: MIT
#include "render/shared/wrap.hpp"

#include "util/utf8.hpp"

namespace engage::detail {

namespace {

/// Byte offset after the first `points` code points of `text`.
std::size_t offset_of(std::string_view text, std::size_t points) {
    std::size_t i = 0;
    for (; i < text.size() && points > 0; --points) {
        const std::size_t length = utf8_sequence_length(text, i);
        i += length == 0 ? 1 : length;
    }
    return i;
}

std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'))
            ++i;
        std::size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t')
            ++end;
        if (end > i)
            words.push_back(text.substr(i, end - i));
        i = end;
    }
    return words;
}

} // namespace

std::size_t code_points(std::string_view text) {
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size(); ++points) {
        const std::size_t length = utf8_sequence_length(text, i);
        i += length == 0 ? 1 : length;
    }
    return points;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width,
                                    std::size_t max_lines) {
    if (width == 0 || max_lines == 0)
        return {};
    std::vector<std::string> lines;
    std::string line;
    std::size_t line_points = 0;
    auto flush = [&] {
        if (!line.empty())
            lines.push_back(std::move(line));
        line.clear();
        line_points = 0;
    };
    for (std::string_view word : words_of(text)) {
        std::size_t points = code_points(word);
        if (line_points > 0 && line_points + 1 + points <= width) {
            line += ' ';
            line += word;
            line_points += 1 + points;
            continue;
        }
        flush();
        while (points > width) { // a word wider than a line: split it
            const std::size_t cut = offset_of(word, width);
            lines.emplace_back(word.substr(0, cut));
            word.remove_prefix(cut);
            points -= width;
        }
        line = std::string(word);
        line_points = points;
    }
    flush();
    if (lines.size() <= max_lines)
        return lines;
    lines.resize(max_lines);
    std::string& last = lines.back();
    // Room for "...": drop whole words from the end while the line is too long.
    while (code_points(last) + 3 > width) {
        const std::size_t space = last.rfind(' ');
        if (space == std::string::npos) {
            last.resize(offset_of(last, width > 3 ? width - 3 : 0));
            break;
        }
        last.resize(space);
    }
    last += "...";
    return lines;
}

} // namespace engage::detail
