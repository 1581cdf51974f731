// SPDX-License-Identifier: MIT
#include "printable.hpp"

#include "utf8.hpp"

#include <cstdint>

namespace engage::detail {

namespace {

std::uint32_t decode(std::string_view bytes) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    if (bytes.size() == 2)
        return (byte(0) & 0x1Fu) << 6 | (byte(1) & 0x3Fu);
    if (bytes.size() == 3)
        return (byte(0) & 0x0Fu) << 12 | (byte(1) & 0x3Fu) << 6 | (byte(2) & 0x3Fu);
    return (byte(0) & 0x07u) << 18 | (byte(1) & 0x3Fu) << 12 | (byte(2) & 0x3Fu) << 6 |
           (byte(3) & 0x3Fu);
}

/// C1 controls, the line and paragraph separators, and the characters that
/// change the order text is shown in (a line can be made to read backwards).
bool is_hidden_control(std::uint32_t c) {
    return (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x061C || c == 0x200E ||
           c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/// Unicode spaces beyond ASCII: a GitHub runner trims them before looking for `::`.
bool is_wide_space(std::uint32_t c) {
    return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
           c == 0x3000 || c == 0xFEFF;
}

constexpr char hex_digits[] = "0123456789abcdef";

void append_hex(std::string& out, std::string_view prefix, std::uint32_t value, int digits) {
    out += prefix;
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
        out += hex_digits[(value >> shift) & 0xF];
}

/// Walks `text`; with `out`, appends the printable form and returns true; without,
/// returns false at the first character that would change.
bool walk(std::string_view text, Breaks breaks, std::string* out) {
    const bool keep = breaks == Breaks::keep;
    bool line_start = true; // only blanks since the start of a line
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const std::size_t length = utf8_sequence_length(text, i);
            if (length == 0) {
                if (!out)
                    return false;
                *out += "\xEF\xBF\xBD";
                line_start = false;
                ++i;
                continue;
            }
            const std::string_view bytes = text.substr(i, length);
            const std::uint32_t code_point = decode(bytes);
            i += length;
            if (is_hidden_control(code_point)) {
                if (!out)
                    return false;
                append_hex(*out, "\\u", code_point, 4);
                line_start = false;
                continue;
            }
            if (out)
                *out += bytes;
            line_start = line_start && is_wide_space(code_point);
            continue;
        }
        ++i;
        const char next = i < text.size() ? text[i] : '\0';
        std::string_view escape;
        bool as_hex = false;
        if (c == '\n') {
            if (keep) {
                if (out)
                    *out += '\n';
                line_start = true;
                continue;
            }
            escape = "\\n";
        } else if (c == '\r') {
            if (keep && next == '\n') {
                if (out)
                    *out += '\r';
                continue;
            }
            escape = "\\r";
        } else if (c == '\t') {
            if (keep) {
                if (out)
                    *out += '\t';
                continue;
            }
            escape = "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            as_hex = true;
        } else if (c == ':' && next == ':' && line_start) {
            as_hex = true; // a workflow command would start here
        } else {
            if (out)
                *out += static_cast<char>(c);
            line_start = line_start && c == ' ';
            continue;
        }
        if (!out)
            return false;
        if (as_hex)
            append_hex(*out, "\\x", c, 2);
        else
            *out += escape;
        line_start = false;
    }
    return true;
}

} // namespace

std::uint32_t hidden_control(std::string_view character) {
    if (character.size() < 2)
        return 0;
    const std::uint32_t code_point = decode(character);
    return is_hidden_control(code_point) ? code_point : 0;
}

void append_printable(std::string& out, std::string_view text, Breaks breaks) {
    out.reserve(out.size() + text.size());
    walk(text, breaks, &out);
}

std::string printable(std::string_view text, Breaks breaks) {
    if (walk(text, breaks, nullptr))
        return std::string(text);
    std::string out;
    append_printable(out, text, breaks);
    return out;
}

bool is_printable(std::string_view text, Breaks breaks) {
    return walk(text, breaks, nullptr);
}

std::ostream& operator<<(std::ostream& out, const Shown& shown) {
    if (walk(shown.text, shown.breaks, nullptr))
        return out << shown.text;
    std::string text;
    append_printable(text, shown.text, shown.breaks);
    return out << text;
}

} // namespace engage::detail
