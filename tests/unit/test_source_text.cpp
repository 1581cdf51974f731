// SPDX-License-Identifier: MIT
#include "load/source_text.hpp"

#include <doctest/doctest.h>

using namespace engage::detail;

TEST_CASE("LineIndex gives 1-based lines and code-point columns") {
    const std::string text = "a: 1\r\nb: \xC3\xA9\xC3\xA9 x\rc: 3\n";
    LineIndex lines(text);
    CHECK(lines.position(0).line == 1);
    CHECK(lines.position(0).column == 1);
    CHECK(lines.position(3).column == 4);
    const auto x = lines.position(text.find('x'));
    CHECK(x.line == 2);
    CHECK(x.column == 7); // "b: éé x": two-byte letters count once
    const auto c = lines.position(text.find('c'));
    CHECK(c.line == 3); // a lone CR breaks a line
    CHECK(c.column == 1);
}

TEST_CASE("LineIndex columns and offsets on a long line are right in any order asked") {
    // Long lines take the block-count path: check it against counting by hand,
    // asking backwards, forwards and at random, across multi-byte letters.
    std::string text = "head: 1\nlist: [";
    for (int i = 0; i < 3000; ++i)
        text += i % 7 == 0 ? "\xC3\xA9\xE2\x82\xAC, " : "ab, ";
    text += "]\r\ntail: \xF0\x9F\x98\x80 x\n";
    const LineIndex lines(text);
    const std::size_t line_two = text.find("list");
    auto expected_column = [&](std::size_t offset) {
        std::uint32_t column = 1;
        for (std::size_t i = line_two; i < offset; ++i)
            column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0;
        return column;
    };
    std::vector<std::size_t> offsets;
    const std::size_t line_end = text.find('\r');
    for (std::size_t back = 0; back <= line_end - line_two; back += 37)
        offsets.push_back(line_end - back);
    for (std::size_t at = line_two; at <= line_end; at += 53)
        offsets.push_back(at);
    std::uint64_t seed = 7;
    for (int i = 0; i < 200; ++i) {
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        offsets.push_back(line_two + (seed >> 33) % (line_end - line_two));
    }
    for (const std::size_t at : offsets) {
        if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
            continue; // the middle of a letter is not a place a node starts
        INFO(at);
        CHECK(lines.position(at).line == 2);
        CHECK(lines.position(at).column == expected_column(at));
        CHECK(lines.offset(lines.position(at)) == at); // and back again
    }
    CHECK(lines.offset({2, 1'000'000}) == line_end); // past the end: the line's end
    CHECK(lines.line_end(2) == line_end);
    const auto x = lines.position(text.rfind('x'));
    CHECK(x.line == 3);
    CHECK(x.column == 9); // "tail: 😀 x": the emoji is one column
}

TEST_CASE("forbidden bytes are found at their offset") {
    CHECK_FALSE(find_forbidden_bytes("plain: text\twith tab\n"));
    CHECK_FALSE(find_forbidden_bytes("name: \xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\n")); // é € 😀
    auto nul = find_forbidden_bytes(std::string("ab\0cd", 5));
    REQUIRE(nul);
    CHECK(nul->offset == 2);
    CHECK(nul->message.find("NUL") != std::string::npos);
    auto invalid = find_forbidden_bytes("ok\xFFno");
    REQUIRE(invalid);
    CHECK(invalid->offset == 2);
    CHECK(find_forbidden_bytes("\xC0\xAF")->offset == 0);     // overlong '/'
    CHECK(find_forbidden_bytes("\xED\xA0\x80")->offset == 0); // a UTF-16 surrogate
    CHECK(find_forbidden_bytes("x\xE2\x82")->offset == 1);    // cut short at the end
    CHECK(find_forbidden_bytes("bell\x07")->offset == 4);     // control character
    CHECK(find_forbidden_bytes("del\x7F")->offset == 3);
}

TEST_CASE("tab indentation is located, tabs elsewhere are not") {
    const std::string text = "a:\n  b: x\tq\n\t\n  \tc: 1\n";
    LineIndex lines(text);
    auto tab = find_tab_indentation(text, lines, 1, 10);
    REQUIRE(tab);
    CHECK(lines.position(*tab).line == 4);
    CHECK(lines.position(*tab).column == 3);
    CHECK_FALSE(find_tab_indentation(text, lines, 1, 3));
    CHECK_FALSE(find_tab_indentation(text, lines, 5, 10)); // only the lines asked about
}

TEST_CASE("byte-order marks are recognised") {
    CHECK(utf8_bom_length("\xEF\xBB\xBFx") == 3);
    CHECK(utf8_bom_length("x") == 0);
    CHECK(has_utf16_or_32_bom("\xFF\xFEx"));
    CHECK(has_utf16_or_32_bom("\xFE\xFFx"));
    CHECK_FALSE(has_utf16_or_32_bom("\xEF\xBB\xBFx"));
}
