// SPDX-License-Identifier: MIT
#include "toml_depth.hpp"

#include <vector>

namespace engage::detail {

namespace {

bool is_bare_key_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

class DepthScanner {
public:
    DepthScanner(std::string_view text, std::size_t max_depth)
        : text_(text)
        , max_(max_depth) {}

    std::optional<TomlTooDeep> scan() {
        while (!found_ && pos_ < text_.size()) {
            if (frames_.empty())
                top_level_line();
            else if (frames_.back().is_array)
                in_array();
            else
                in_inline_table();
        }
        return found_;
    }

private:
    struct Frame {
        bool is_array;
        std::size_t depth; ///< of the array or table itself
    };

    [[nodiscard]] bool at_end() const { return pos_ >= text_.size(); }
    [[nodiscard]] char peek(std::size_t ahead = 0) const {
        return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
    }
    void advance() {
        if (text_[pos_] == '\n') {
            ++line_;
            column_ = 1;
        } else if ((static_cast<unsigned char>(text_[pos_]) & 0xC0) != 0x80) {
            ++column_;
        }
        ++pos_;
    }
    void skip_blanks() {
        while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\r'))
            advance();
    }
    void skip_to_line_end() {
        while (!at_end() && peek() != '\n')
            advance();
    }
    /// Blanks, line breaks and comments (between the values of an array).
    void skip_space_and_comments() {
        while (!at_end()) {
            skip_blanks();
            if (peek() == '#')
                skip_to_line_end();
            else if (peek() == '\n')
                advance();
            else
                return;
        }
    }

    void check(std::size_t depth, std::uint32_t line, std::uint32_t column) {
        if (depth > max_ && !found_)
            found_ = TomlTooDeep{line, column};
    }

    /// A quoted string starting at `"` or `'`, one line or three quotes for several.
    void skip_string() {
        const char quote = peek();
        const bool multi_line = peek(1) == quote && peek(2) == quote;
        const std::size_t quotes = multi_line ? 3 : 1;
        for (std::size_t i = 0; i < quotes; ++i)
            advance();
        while (!at_end()) {
            const char c = peek();
            if (!multi_line && c == '\n')
                return; // unterminated: toml++ says so
            if (c == '\\' && quote == '"') {
                advance();
                if (!at_end())
                    advance();
                continue;
            }
            if (c == quote && (!multi_line || (peek(1) == quote && peek(2) == quote))) {
                for (std::size_t i = 0; i < quotes; ++i)
                    advance();
                // Up to two more quotes may end a multi-line string's content.
                while (multi_line && peek() == quote)
                    advance();
                return;
            }
            advance();
        }
    }

    /// A dotted key; returns its number of parts (0 when there is no key here).
    std::size_t key_parts() {
        std::size_t parts = 0;
        while (true) {
            skip_blanks();
            const char c = peek();
            if (c == '"' || c == '\'') {
                skip_string();
            } else if (is_bare_key_char(c)) {
                while (!at_end() && is_bare_key_char(peek()))
                    advance();
            } else {
                return parts;
            }
            ++parts;
            skip_blanks();
            if (peek() != '.')
                return parts;
            advance();
        }
    }

    /// A value at `depth`: a string, an array or inline table (entered), or a scalar.
    void value(std::size_t depth) {
        skip_blanks();
        const char c = peek();
        if (at_end() || c == '\n' || c == '#')
            return; // no value: toml++ says so
        if (c == '"' || c == '\'') {
            skip_string();
        } else if (c == '[' || c == '{') {
            check(depth + 1, line_, column_);
            advance();
            frames_.push_back({c == '[', depth + 1});
        } else {
            // A number, date, boolean... or anything else, one character at least.
            do {
                advance();
            } while (!at_end() &&
                     std::string_view(" \t\r\n,]}#").find(peek()) == std::string_view::npos);
        }
    }

    void top_level_line() {
        skip_blanks();
        if (at_end())
            return;
        const char c = peek();
        if (c == '\n') {
            advance();
            return;
        }
        if (c == '#') {
            skip_to_line_end();
            return;
        }
        const std::uint32_t line = line_, column = column_;
        if (c == '[') {
            advance();
            if (peek() == '[')
                advance();
            table_depth_ = key_parts();
            check(table_depth_, line, column);
            skip_to_line_end();
            return;
        }
        const std::size_t parts = key_parts();
        check(table_depth_ + parts, line, column);
        skip_blanks();
        if (parts == 0 || peek() != '=') {
            skip_to_line_end(); // not a key/value line: toml++ says why
            return;
        }
        advance();
        value(table_depth_ + parts);
        if (frames_.empty())
            skip_to_line_end(); // a comment, or something toml++ will not accept
    }

    void in_array() {
        skip_space_and_comments();
        if (at_end())
            return;
        const char c = peek();
        if (c == ']') {
            advance();
            close();
        } else if (c == ',') {
            advance();
        } else {
            value(frames_.back().depth);
        }
    }

    void in_inline_table() {
        skip_space_and_comments();
        if (at_end())
            return;
        const char c = peek();
        if (c == '}') {
            advance();
            close();
            return;
        }
        if (c == ',') {
            advance();
            return;
        }
        const std::uint32_t line = line_, column = column_;
        const std::size_t parts = key_parts();
        check(frames_.back().depth + parts, line, column);
        skip_blanks();
        if (parts == 0 || peek() != '=') {
            if (pos_ < text_.size())
                advance(); // not a key: step over it
            return;
        }
        advance();
        value(frames_.back().depth + parts);
    }

    /// After an array or inline table ends: the rest of a top-level line is not looked at.
    void close() {
        frames_.pop_back();
        if (frames_.empty())
            skip_to_line_end();
    }

    std::string_view text_;
    std::size_t max_;
    std::size_t pos_ = 0;
    std::uint32_t line_ = 1, column_ = 1;
    std::size_t table_depth_ = 0; ///< parts of the last table header
    std::vector<Frame> frames_;   ///< arrays and inline tables open here
    std::optional<TomlTooDeep> found_;
};

} // namespace

std::optional<TomlTooDeep> find_toml_too_deep(std::string_view text, std::size_t max_depth) {
    return DepthScanner(text, max_depth).scan();
}

} // namespace engage::detail
