// SPDX-License-Identifier: MIT
#include "render/shared/json_writer.hpp"

#include "render/findings/finding_json.hpp"
#include "util/printable.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <cmath>

namespace engage::detail {

void JsonWriter::newline() {
    out_ << '\n';
    for (std::size_t i = 0; i < stack_.size(); ++i)
        out_ << "  ";
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!stack_.empty()) {
        if (!stack_.back().empty)
            out_ << ',';
        stack_.back().empty = false;
        newline();
    }
}

JsonWriter& JsonWriter::begin_object() {
    before_value();
    out_ << '{';
    stack_.push_back({true});
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty)
        newline();
    out_ << '}';
    if (stack_.empty())
        out_ << '\n';
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    before_value();
    out_ << '[';
    stack_.push_back({false});
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty)
        newline();
    out_ << ']';
    if (stack_.empty())
        out_ << '\n';
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    before_value();
    write_string(out_, name);
    out_ << ": ";
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    before_value();
    write_string(out_, text);
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
    before_value();
    out_ << number;
    return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t number) {
    before_value();
    out_ << number;
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    before_value();
    out_ << (flag ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    before_value();
    if (std::isfinite(number))
        out_ << fmt::format("{}", number);
    else
        out_ << "null";
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    out_ << "null";
    return *this;
}

void JsonWriter::write_string(std::ostream& out, std::string_view text) {
    out << '"';
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            switch (c) {
            case '"':
                out << "\\\"";
                break;
            case '\\':
                out << "\\\\";
                break;
            case '\n':
                out << "\\n";
                break;
            case '\r':
                out << "\\r";
                break;
            case '\t':
                out << "\\t";
                break;
            case '\b':
                out << "\\b";
                break;
            case '\f':
                out << "\\f";
                break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    out << fmt::format("\\u{:04x}", c);
                } else {
                    out << static_cast<char>(c);
                }
            }
            ++i;
            continue;
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length != 0) {
            // C1 controls, U+2028/U+2029 and bidirectional controls as \u escapes: the
            // same string to a JSON parser, and nothing a terminal or a script acts on.
            if (const std::uint32_t hidden = hidden_control(text.substr(i, length)))
                out << fmt::format("\\u{:04x}", hidden);
            else
                out.write(text.data() + i, static_cast<std::streamsize>(length));
            i += length;
        } else {
            out << "\\ufffd";
            ++i;
        }
    }
    out << '"';
}

void write_document_header(JsonWriter& json, std::string_view kind, int schema_version) {
    json.key("schema_version").value(schema_version);
    json.key("kind").value(kind);
}

void write_finding(JsonWriter& json, const Finding& f) {
    json.begin_object();
    json.key("rule").value(f.rule);
    json.key("severity").value(to_string(f.severity));
    json.key("message").value(f.message);
    json.key("file").value(f.file);
    json.key("line").value(f.line);
    json.key("column").value(f.column);
    if (!f.standard.empty())
        json.key("standard").value(f.standard);
    json.key("help").value(f.help);
    json.end_object();
}

} // namespace engage::detail
