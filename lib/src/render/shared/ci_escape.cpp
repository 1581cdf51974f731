// SPDX-License-Identifier: MIT
#include "render/shared/ci_escape.hpp"

#include "render/shared/escape_table.hpp"
#include "util/printable.hpp"
#include "util/utf8.hpp"

namespace engage::detail {

namespace {

/// XML 1.0's Char production, for a character given as its UTF-8 bytes.
bool allowed_in_xml(std::string_view character) {
    const auto lead = static_cast<unsigned char>(character.front());
    if (character.size() == 1)
        return lead >= 0x20 || lead == '\t' || lead == '\n' || lead == '\r';
    return character != "\xEF\xBF\xBE" && character != "\xEF\xBF\xBF"; // U+FFFE, U+FFFF
}

/// XML's five entities; in attributes also tab and LF as references (a parser
/// would turn them into spaces); everywhere CR, so it survives line-end normalisation.
constexpr EscapeTable xml_content_table = make_table({
    {'&', "&amp;"},
    {'<', "&lt;"},
    {'>', "&gt;"},
    {'"', "&quot;"},
    {'\'', "&#39;"},
    {'\r', "&#13;"},
});

constexpr EscapeTable xml_attribute_table =
    extend_table(xml_content_table, {{'\n', "&#10;"}, {'\t', "&#9;"}});

} // namespace

std::string xml_text(std::string_view raw, bool attribute) {
    const std::string shown = printable(raw, Breaks::keep);
    const std::string_view text = shown;
    const EscapeTable& table = attribute ? xml_attribute_table : xml_content_table;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        const std::string_view character = text.substr(i, length);
        i += length;
        if (allowed_in_xml(character))
            append_escaped(out, table, character);
    }
    return out;
}

namespace {

std::string percent_encode(std::string_view text, std::string_view special) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (special.find(c) == std::string_view::npos) {
            out += c;
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        out += '%';
        out += hex[byte >> 4];
        out += hex[byte & 0xF];
    }
    return out;
}

} // namespace

std::string github_data(std::string_view text) {
    return percent_encode(printable(text, Breaks::keep), "%\r\n");
}

std::string github_property(std::string_view text) {
    return percent_encode(printable(text, Breaks::keep), "%\r\n:,");
}

} // namespace engage::detail
