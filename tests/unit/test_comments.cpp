// SPDX-License-Identifier: MIT
// Suppression comments are YAML comments as the parser sees the text: a `#`
// inside a quoted or block scalar is text, whatever it says.
#include "load/comments.hpp"
#include "test_support.hpp"

#include <engage/engine.hpp>

#include <doctest/doctest.h>

using namespace engage;

namespace {

/// "line:byte column" of each `# engage:` comment the loader found in `text`.
std::vector<std::string> comments_in(const std::string& text) {
    const LoadedPlan loaded = test::load(text);
    REQUIRE_FALSE(test::has_rule(loaded.findings, "yaml-syntax")); // else none are looked for
    std::vector<std::string> out;
    const SourceFile& file = loaded.plan.files.front();
    for (const std::uint32_t at : file.engage_comments) {
        std::uint32_t line = 1;
        std::size_t start = 0;
        for (std::size_t i = 0; i < at; ++i) {
            if (file.text[i] == '\n') {
                ++line;
                start = i + 1;
            }
        }
        out.push_back(std::to_string(line) + ":" + std::to_string(at - start + 1));
    }
    return out;
}

} // namespace

TEST_CASE("real comments are found wherever YAML allows them") {
    CHECK(comments_in("engage: 1 # engage: disable=a\n"
                      "# engage: disable=b\n"
                      "plan:  #engage:disable=c\n"
                      "  id: p\n"
                      "  title: T\n"
                      "  purpose: | # engage: disable=d\n"
                      "    Why.\n"
                      "  # engage: disable=e\n"
                      "  needs: [a, # engage: disable=f\n"
                      "    b]\n"
                      "  resources: >-\n"
                      "      text\n"
                      "    # engage: disable=g\n") ==
          std::vector<std::string>{"1:11", "2:1", "3:8", "6:14", "8:3", "9:14", "13:5"});
    // At the very start of a file, after a byte-order mark.
    CHECK(comments_in("\xEF\xBB\xBF# engage: disable=a\nengage: 1\n") ==
          std::vector<std::string>{"1:4"}); // byte columns
}

TEST_CASE("a `#` inside a quoted or block scalar is text, not a comment") {
    CHECK(comments_in("engage: 1\n"
                      "plan:\n"
                      "  id: p\n"
                      "  title: \"A plan # engage: disable-file=no-groups\"\n"
                      "  area: 'it''s # engage: disable-file=a'\n"
                      "  owner: \"a \\\" # engage: disable-file=b\"\n"
                      "  purpose: \"two\n"
                      "    lines # engage: disable-file=c\"\n"
                      "  review: {how: !t &x ' # engage: disable-file=d'}\n"
                      "  needs:\n"
                      "    - |\n"
                      "      text\n"
                      "      # engage: disable-file=e\n"
                      "    - >2\n"
                      "       # engage: disable-file=f\n"
                      "  resources: [\" # engage: disable-file=g\"]\n"
                      "\" # engage: disable-file=h\": 1\n"
                      "x: |\n"
                      "   \n"
                      "     # engage: disable-file=i\n")
              .empty());
}

TEST_CASE("the end of a block scalar is where yaml-cpp ends it") {
    using engage::detail::scalar_text_span;
    const std::string text = "a: |\n  one\n\n  two\n # after\nb: 1\n";
    const auto span = scalar_text_span(text, text.find('|'), 0);
    REQUIRE(span);
    CHECK(text.substr(span->begin, span->end - span->begin) == "  one\n\n  two\n");
    // A first line indented no more than the key: the scalar is empty.
    const std::string empty = "a: |\n# c\nb: 1\n";
    const auto none = scalar_text_span(empty, empty.find('|'), 0);
    REQUIRE(none);
    CHECK(none->begin == none->end);
    CHECK_FALSE(scalar_text_span("a: plain # c\n", 3, 0)); // a plain scalar has no text span
}

TEST_CASE("a suppression inside a quoted title or a block scalar does not suppress") {
    Settings settings;
    settings.as_of = parse_date("2024-06-30");
    const PlanResult result =
        check_plan(test::load("engage: 1\n"
                              "plan:\n"
                              "  id: p\n"
                              "  title: \"# engage: disable-file=unknown-key\"\n"
                              "  purpose: |\n"
                              "    # engage: disable-file=unknown-key\n"
                              "bogus: 1\n"),
                   settings);
    CHECK(test::has_rule(result.findings, "unknown-key"));
    CHECK_FALSE(test::has_rule(result.findings, "unused-suppression"));
}
