// SPDX-License-Identifier: MIT
#include "render/shared/escape.hpp"
#include "render/shared/escape_table.hpp"

#include "util/printable.hpp"
#include "util/utf8.hpp"


namespace engage::detail {

namespace {

constexpr EscapeTable mermaid_table = make_table({
    {'"', "#quot;"},
    {'#', "#35;"},
    {'&', "#amp;"},
    {'<', "#lt;"},
    {'>', "#gt;"},
    {'`', "#96;"},
    {'|', "#124;"},
    {'\n', " "},
    {'\r', " "},
    {'\t', " "},
});

constexpr EscapeTable dot_table = make_table({
    {'"', "\\\""},
    {'\\', "\\\\"},
    {'\n', " "},
    {'\r', " "},
    {'\t', " "},
});

constexpr EscapeTable markdown_table = make_table({
    {'|', "\\|"},
    {'\\', "\\\\"},
    {'*', "\\*"},
    {'_', "\\_"},
    {'[', "\\["},
    {']', "\\]"},
    {'`', "\\`"},
    {'<', "&lt;"},
    {'>', "&gt;"},
    {'&', "&amp;"},
    {'\n', " "},
    {'\r', " "},
    {'\t', " "},
});

constexpr EscapeTable html_table = make_table({
    {'&', "&amp;"},
    {'<', "&lt;"},
    {'>', "&gt;"},
    {'"', "&quot;"},
    {'\'', "&#39;"},
});

/// `raw` made printable (line breaks kept), then escaped byte by byte by `table`.
std::string escape_with(const EscapeTable& table, std::string_view raw) {
    const std::string text = printable(raw, Breaks::keep);
    std::string out;
    out.reserve(text.size());
    append_escaped(out, table, text);
    return out;
}

} // namespace

std::string mermaid_text(std::string_view raw) {
    return escape_with(mermaid_table, raw);
}

std::string dot_text(std::string_view raw) {
    return escape_with(dot_table, raw);
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
    return escape_with(markdown_table, raw);
}

std::string html_text(std::string_view raw) {
    return escape_with(html_table, raw);
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
