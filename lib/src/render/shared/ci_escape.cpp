// SPDX-License-Identifier: MIT
#include "render/shared/ci_escape.hpp"

#include "render/shared/escape.hpp"
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

} // namespace

std::string xml_text(std::string_view raw, bool attribute) {
    const std::string shown = printable(raw, Breaks::keep);
    const std::string_view text = shown;
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
        if (!allowed_in_xml(character))
            continue;
        switch (character.front()) {
        case '\r':
            out += "&#13;";
            break;
        case '\n':
            out += attribute ? "&#10;" : "\n";
            break;
        case '\t':
            out += attribute ? "&#9;" : "\t";
            break;
        case '&':
        case '<':
        case '>':
        case '"':
        case '\'':
            out += html_text(character); // the same five entities as HTML
            break;
        default:
            out += character;
        }
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
