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
    auto tab = find_tab_indentation(text, lines, 10);
    REQUIRE(tab);
    CHECK(lines.position(*tab).line == 4);
    CHECK(lines.position(*tab).column == 3);
    CHECK_FALSE(find_tab_indentation(text, lines, 3));
}

TEST_CASE("byte-order marks are recognised") {
    CHECK(utf8_bom_length("\xEF\xBB\xBFx") == 3);
    CHECK(utf8_bom_length("x") == 0);
    CHECK(has_utf16_or_32_bom("\xFF\xFEx"));
    CHECK(has_utf16_or_32_bom("\xFE\xFFx"));
    CHECK_FALSE(has_utf16_or_32_bom("\xEF\xBB\xBFx"));
}
