// SPDX-License-Identifier: MIT
#include "comments.hpp"

#include <algorithm>

namespace engage::detail {

namespace {

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

bool is_break(char c) {
    return c == '\n' || c == '\r';
}

/// The offset just past the line break at or after `at`, or the text's end.
std::size_t next_line(std::string_view text, std::size_t at) {
    while (at < text.size() && !is_break(text[at]))
        ++at;
    if (at < text.size() && text[at] == '\r')
        ++at;
    if (at < text.size() && text[at] == '\n')
        ++at;
    return at;
}

} // namespace

// Past a node's anchor and tag (`&a !t "x"`), and the blanks, breaks and
// comments between them and the scalar itself.
std::size_t scalar_start(std::string_view text, std::size_t at) {
    while (at < text.size()) {
        const char c = text[at];
        if (c == '&' || c == '!') {
            const bool verbatim = c == '!' && at + 1 < text.size() && text[at + 1] == '<';
            while (at < text.size() && !is_blank(text[at]) && !is_break(text[at])) {
                if (verbatim && text[at] == '>') {
                    ++at;
                    break;
                }
                ++at;
            }
        } else if (is_blank(c) || is_break(c)) {
            ++at;
        } else if (c == '#') {
            at = next_line(text, at);
        } else {
            break;
        }
    }
    return at;
}

namespace {

std::size_t quoted_end(std::string_view text, std::size_t open) {
    const char quote = text[open];
    for (std::size_t at = open + 1; at < text.size(); ++at) {
        if (quote == '"' && text[at] == '\\') {
            ++at; // the escaped character, a quote or a line break included
        } else if (text[at] == quote) {
            if (quote == '\'' && at + 1 < text.size() && text[at + 1] == '\'')
                ++at; // '' is a quote inside single quotes
            else
                return at + 1;
        }
    }
    return text.size();
}

/// A block scalar (`|` or `>` at `indicator`): its text runs from the line
/// after the header to the first line that is not empty and is indented less
/// than the text, as yaml-cpp reads it (the header's own comment is a comment).
TextSpan block_span(std::string_view text, std::size_t indicator, int top_indent) {
    std::size_t at = indicator + 1;
    int indent = 1;
    bool detect = true;
    while (at < text.size() &&
           (text[at] == '+' || text[at] == '-' || (text[at] >= '1' && text[at] <= '9'))) {
        if (text[at] != '+' && text[at] != '-') {
            indent = text[at] - '0';
            detect = false;
        }
        ++at;
    }
    if (top_indent >= 0)
        indent += top_indent;
    const std::size_t begin = next_line(text, at);
    bool found_text = false;
    for (at = begin; at < text.size();) {
        const std::size_t line = at;
        int column = 0;
        while (at < text.size() && text[at] == ' ' &&
               (column < indent || (detect && !found_text))) {
            ++at;
            ++column;
        }
        if (detect && !found_text)
            indent = std::max(indent, column);
        if (at == text.size())
            break;
        if (!is_break(text[at])) {
            if (column < indent)
                return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(line)};
            found_text = true;
        }
        at = next_line(text, at);
    }
    return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(text.size())};
}

} // namespace

std::optional<TextSpan> scalar_text_span(std::string_view text, std::size_t at, int top_indent) {
    at = scalar_start(text, at);
    if (at >= text.size())
        return std::nullopt;
    switch (text[at]) {
    case '\'':
    case '"':
        return TextSpan{static_cast<std::uint32_t>(at),
                        static_cast<std::uint32_t>(quoted_end(text, at))};
    case '|':
    case '>':
        return block_span(text, at, top_indent);
    default:
        return std::nullopt;
    }
}

std::vector<std::uint32_t> find_engage_comments(std::string_view text,
                                                const std::vector<TextSpan>& spans) {
    std::vector<std::uint32_t> out;
    std::size_t span = 0;
    for (std::size_t at = text.find('#'); at != std::string_view::npos;
         at = text.find('#', at + 1)) {
        // A comment starts at the start of a line or after white space...
        if (at > 0 && !is_blank(text[at - 1]) && !is_break(text[at - 1]) &&
            !(at == 3 && text.substr(0, 3) == "\xEF\xBB\xBF"))
            continue;
        // ...outside every quoted and block scalar.
        while (span < spans.size() && spans[span].end <= at)
            ++span;
        if (span < spans.size() && spans[span].begin <= at) {
            at = spans[span].end - 1;
            continue;
        }
        std::size_t word = at + 1;
        while (word < text.size() && is_blank(text[word]))
            ++word;
        if (text.substr(word, 7) == "engage:")
            out.push_back(static_cast<std::uint32_t>(at));
        // The rest of the line is this comment.
        const std::size_t end = next_line(text, at);
        if (end >= text.size())
            break;
        at = end - 1;
    }
    return out;
}

} // namespace engage::detail
