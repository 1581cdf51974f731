// SPDX-License-Identifier: MIT
#include "source_text.hpp"

#include "../util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace engage::detail {

LineIndex::LineIndex(std::string_view text)
    : text_(text) {
    const char* data = text.data();
    const std::size_t size = text.size();
    starts_.reserve(size / 32 + 2);
    starts_.push_back(0);
    if (std::memchr(data, '\r', size) == nullptr) {
        // The common case, LF line ends only: let memchr find them.
        const char* end = data + size;
        for (const char* at = data; (at = static_cast<const char*>(std::memchr(
                                         at, '\n', static_cast<std::size_t>(end - at))));
             ++at) {
            starts_.push_back(static_cast<std::size_t>(at - data) + 1);
        }
        return;
    }
    for (std::size_t i = 0; i < size; ++i) {
        if (text[i] == '\n') {
            starts_.push_back(i + 1);
        } else if (text[i] == '\r') {
            if (i + 1 < size && text[i + 1] == '\n')
                ++i;
            starts_.push_back(i + 1);
        }
    }
}

std::size_t LineIndex::line_index(std::size_t offset) const {
    // The loader asks in file order: try the line of the last answer, then the
    // next one, before searching.
    const auto starts_here = [&](std::size_t line) {
        return starts_[line] <= offset &&
               (line + 1 == starts_.size() || offset < starts_[line + 1]);
    };
    if (starts_here(last_line_))
        return last_line_;
    if (last_line_ + 1 < starts_.size() && starts_here(last_line_ + 1))
        return ++last_line_;
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    last_line_ = static_cast<std::size_t>(it - starts_.begin()) - 1;
    return last_line_;
}

namespace {

std::size_t count_code_points(const char* begin, const char* end) {
    std::size_t count = 0;
    for (; begin < end; ++begin) {
        // Every byte that is not a UTF-8 continuation byte starts a code point.
        if ((static_cast<unsigned char>(*begin) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

bool is_astral_lead(char byte) {
    const auto b = static_cast<unsigned char>(byte);
    return b >= 0xF0 && b <= 0xF4;
}

std::size_t count_astral(const char* begin, const char* end) {
    return static_cast<std::size_t>(std::count_if(begin, end, is_astral_lead));
}

} // namespace

void LineIndex::count_blocks() const {
    if (!block_code_points_.empty())
        return;
    const std::size_t blocks = text_.size() / block_bytes + 1;
    block_code_points_.reserve(blocks);
    block_astral_.reserve(blocks);
    std::size_t points = 0;
    std::size_t astral = 0;
    for (std::size_t block = 0; block < blocks; ++block) {
        block_code_points_.push_back(points);
        block_astral_.push_back(astral);
        const char* begin = text_.data() + block * block_bytes;
        const char* end = text_.data() + std::min((block + 1) * block_bytes, text_.size());
        points += count_code_points(begin, end);
        astral += count_astral(begin, end);
    }
}

std::size_t LineIndex::astral_before(std::size_t offset) const {
    count_blocks();
    const std::size_t block = offset / block_bytes;
    return block_astral_[block] +
           count_astral(text_.data() + block * block_bytes, text_.data() + offset);
}

std::size_t LineIndex::astral_code_points(std::size_t begin, std::size_t end) const {
    end = std::min(end, text_.size());
    begin = std::min(begin, end);
    if (end - begin <= block_bytes)
        return count_astral(text_.data() + begin, text_.data() + end);
    return astral_before(end) - astral_before(begin);
}

std::size_t LineIndex::code_points_before(std::size_t offset) const {
    count_blocks();
    const std::size_t block = offset / block_bytes;
    return block_code_points_[block] +
           count_code_points(text_.data() + block * block_bytes, text_.data() + offset);
}

Position LineIndex::position(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const std::size_t line = line_index(offset);
    const std::size_t start = starts_[line];
    // Short distances, nearly every question in a plan, are counted directly.
    const std::size_t column = offset - start <= block_bytes
                                   ? count_code_points(text_.data() + start, text_.data() + offset)
                                   : code_points_before(offset) - code_points_before(start);
    return {static_cast<std::uint32_t>(line + 1), static_cast<std::uint32_t>(column + 1)};
}

std::size_t LineIndex::line_start(std::uint32_t line) const {
    if (line == 0 || line > starts_.size())
        return text_.size();
    return starts_[line - 1];
}

std::size_t LineIndex::line_end(std::uint32_t line) const {
    if (line == 0 || line > starts_.size())
        return text_.size();
    std::size_t end = line < starts_.size() ? starts_[line] : text_.size();
    if (end > starts_[line - 1] && text_[end - 1] == '\n')
        --end;
    if (end > starts_[line - 1] && text_[end - 1] == '\r')
        --end;
    return end;
}

std::size_t LineIndex::offset(Position at) const {
    if (at.line == 0 || at.line > starts_.size())
        return text_.size();
    const std::size_t start = starts_[at.line - 1];
    const std::size_t end = line_end(at.line);
    const std::size_t wanted = at.column > 0 ? at.column - 1 : 0; // code points before it
    std::size_t from = start;
    std::size_t before = 0; // code points in [start, from)
    if (wanted > block_bytes) {
        // Far along a long line: jump to the block the place is in, then count.
        count_blocks();
        const std::size_t target = code_points_before(start) + wanted;
        const auto block =
            std::upper_bound(block_code_points_.begin(), block_code_points_.end(), target) -
            block_code_points_.begin() - 1;
        from = std::max(start, static_cast<std::size_t>(block) * block_bytes);
        before = code_points_before(from) - code_points_before(start);
    }
    for (; from < end; ++from) {
        if ((static_cast<unsigned char>(text_[from]) & 0xC0) == 0x80)
            continue;
        if (before == wanted)
            return from;
        ++before;
    }
    return end;
}

std::size_t utf8_bom_length(std::string_view text) {
    return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

bool has_utf16_or_32_bom(std::string_view text) {
    return text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF" ||
           text.substr(0, 4) == std::string_view("\x00\x00\xFE\xFF", 4);
}

namespace {

/// The kind of binary file `text` starts like, by its signature ("magic number").
std::optional<std::string_view> binary_kind(std::string_view text) {
    static constexpr std::pair<std::string_view, std::string_view> signatures[] = {
        {"%PDF-", "a PDF document"},
        {"\x89PNG", "a PNG image"},
        {"GIF8", "a GIF image"},
        {"\xFF\xD8\xFF", "a JPEG image"},
        {"PK\x03\x04", "a ZIP archive (or a Word, Excel or OpenDocument file)"},
        {"\xD0\xCF\x11\xE0", "an old-style Word or Excel file"},
        {"\x1F\x8B", "a gzip archive"},
        {"\177ELF", "a program"},
    };
    for (const auto& [signature, kind] : signatures) {
        if (text.substr(0, signature.size()) == signature)
            return kind;
    }
    return std::nullopt;
}

} // namespace

namespace {

std::optional<ByteProblem> find_first_forbidden_byte(std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    // Printable ASCII, tab and line breaks: the bytes nearly every plan is made of.
    static constexpr auto plain = [] {
        std::array<bool, 256> table{};
        for (int b = 0x20; b < 0x7F; ++b)
            table[static_cast<std::size_t>(b)] = true;
        table['\t'] = table['\n'] = table['\r'] = true;
        return table;
    }();
    for (std::size_t i = 0; i < size;) {
        while (i < size && plain[bytes[i]])
            ++i;
        if (i == size)
            break;
        const unsigned char byte = bytes[i];
        if (byte < 0x80) {
            if (byte == 0) {
                return ByteProblem{i, "NUL byte: the file looks binary, not a YAML text file",
                                   "Plans are plain text files saved as UTF-8."};
            }
            if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F) {
                return ByteProblem{
                    i, fmt::format("control character U+{:04X} is not allowed in YAML", byte),
                    "Remove the character; it is usually left over from copying text."};
            }
            ++i;
            continue;
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            return ByteProblem{
                i,
                fmt::format("invalid UTF-8: byte 0x{:02X} does not start a valid character", byte),
                "Save the file as UTF-8 (many editors offer \"Save with encoding\")."};
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace

std::optional<ByteProblem> find_forbidden_bytes(std::string_view text) {
    std::optional<ByteProblem> problem = find_first_forbidden_byte(text);
    // Some files (PDF) begin with text, so their later bytes would read as mere
    // bad UTF-8: a file that is not text is named by its signature.
    if (problem) {
        if (auto kind = binary_kind(text)) {
            return ByteProblem{0,
                               fmt::format("the file looks like {}, not a YAML text file", *kind),
                               "Plans are plain text files saved as UTF-8; check the file name."};
        }
    }
    return problem;
}

std::optional<std::size_t> find_tab_indentation(std::string_view text, const LineIndex& lines,
                                                std::uint32_t first_line, std::uint32_t last_line) {
    for (std::uint32_t line = std::max<std::uint32_t>(first_line, 1); line <= last_line; ++line) {
        std::size_t i = lines.line_start(line);
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
            if (text[i] == '\t') {
                // A tab followed by more text on the line is indentation; a line of
                // only white space is harmless.
                std::size_t j = i;
                while (j < text.size() && (text[j] == ' ' || text[j] == '\t'))
                    ++j;
                if (j < text.size() && text[j] != '\n' && text[j] != '\r' && text[j] != '#')
                    return i;
                break;
            }
            ++i;
        }
        if (i >= text.size())
            break;
    }
    return std::nullopt;
}

} // namespace engage::detail
