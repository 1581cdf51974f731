#include "escape.hpp"

#include "../util/utf8.hpp"

namespace engage::detail {

std::string mermaid_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '"':
            out += "#quot;";
            break;
        case '#':
            out += "#35;";
            break;
        case '&':
            out += "#amp;";
            break;
        case '<':
            out += "#lt;";
            break;
        case '>':
            out += "#gt;";
            break;
        case '`':
            out += "#96;";
            break;
        case '|':
            out += "#124;";
            break;
        case '\n':
        case '\r':
        case '\t':
            out += ' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string dot_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
        case '\r':
        case '\t':
            out += ' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string shorten(std::string_view text, std::size_t limit) {
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (++points > limit)
            return std::string(text.substr(0, i)) + "...";
        i += length == 0 ? 1 : length;
    }
    return std::string(text);
}

} // namespace engage::detail
