#include "escape.hpp"

#include "../util/printable.hpp"
#include "../util/utf8.hpp"

namespace engage::detail {

std::string mermaid_text(std::string_view raw) {
    const std::string text = printable(raw, Breaks::keep);
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

std::string dot_text(std::string_view raw) {
    const std::string text = printable(raw, Breaks::keep);
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

std::string csv_cell(std::string_view raw) {
    // Line breaks may stay in a quoted cell; no other control character may.
    const std::string text = printable(raw, Breaks::keep);
    std::string cell;
    cell.reserve(text.size() + 2);
    const bool formula = !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' ||
                                           text[0] == '@' || text[0] == '\t' || text[0] == '\r');
    if (formula)
        cell += '\'';
    bool needs_quotes = false;
    for (char c : text) {
        if (c == '"') {
            cell += "\"\"";
            needs_quotes = true;
            continue;
        }
        if (c == ',' || c == '\n' || c == '\r')
            needs_quotes = true;
        cell += c;
    }
    return needs_quotes ? '"' + cell + '"' : cell;
}

std::string markdown_cell(std::string_view raw) {
    const std::string text = printable(raw, Breaks::keep);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '|':
        case '\\':
        case '*':
        case '_':
        case '[':
        case ']':
        case '`':
            out += '\\';
            out += c;
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
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

std::string html_text(std::string_view raw) {
    const std::string text = printable(raw, Breaks::keep);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
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
