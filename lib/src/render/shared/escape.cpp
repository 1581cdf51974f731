#include "render/shared/escape.hpp"

#include "util/printable.hpp"
#include "util/utf8.hpp"

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

namespace {

/// True when a spreadsheet could run `text` as a formula: it starts with =, +,
/// - or @, or their full-width forms, after any blanks and line breaks (which
/// spreadsheets skip), or with a tab or carriage return.
bool starts_like_formula(std::string_view text) {
    if (!text.empty() && (text[0] == '\t' || text[0] == '\r'))
        return true;
    static constexpr std::string_view blanks[] = {" ",           "\t", "\r", "\n",
                                                  "\xC2\xA0",      // no-break space
                                                  "\xE3\x80\x80"}; // ideographic space
    static constexpr std::string_view triggers[] = {"=",
                                                    "+",
                                                    "-",
                                                    "@",
                                                    "\xEF\xBC\x9D",  // ＝ U+FF1D
                                                    "\xEF\xBC\x8B",  // ＋ U+FF0B
                                                    "\xEF\xBC\x8D",  // － U+FF0D
                                                    "\xEF\xBC\xA0"}; // ＠ U+FF20
    std::size_t at = 0;
    for (bool skipped = true; skipped;) {
        skipped = false;
        for (const auto blank : blanks) {
            if (text.substr(at, blank.size()) == blank) {
                at += blank.size();
                skipped = true;
            }
        }
    }
    for (const auto trigger : triggers) {
        if (text.substr(at, trigger.size()) == trigger)
            return true;
    }
    return false;
}

} // namespace

std::string csv_cell(std::string_view raw) {
    // Line breaks may stay in a quoted cell; no other control character may.
    const std::string text = printable(raw, Breaks::keep);
    std::string cell;
    cell.reserve(text.size() + 2);
    if (starts_like_formula(text))
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
