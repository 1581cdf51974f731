// SPDX-License-Identifier: MIT
#include <engage/model.hpp>

#include <doctest/doctest.h>

using namespace engage;

namespace {
Text written(std::string value) {
    return Text{std::move(value), SourceLoc{0, 3, 5}};
}
} // namespace

TEST_CASE("placeholders are the words that stand in for a value, in any case") {
    for (const char* word : {"none", "N/A", "na", "TBC", "tbd", "TBA", "-", "?", "Unknown",
                             "not known", "todo", "XXX", "someone", "Lead", "  tbc  "}) {
        CAPTURE(word);
        CHECK(is_placeholder(word));
    }
    CHECK(is_placeholder("CLD?"));             // Dundee's unresolved lead
    CHECK(is_placeholder("who leads this? ")); // a question is not an answer
    CHECK_FALSE(is_placeholder("Participation Manager"));
    CHECK_FALSE(is_placeholder("nonetheless"));
    CHECK_FALSE(is_placeholder("lead officer"));
    CHECK_FALSE(is_placeholder("")); // blank, not a placeholder
    CHECK_FALSE(is_placeholder("   "));
}

TEST_CASE("a value says something when it is written, not blank and not a placeholder") {
    CHECK(says_something(written("easy read version sent to every member")));
    CHECK_FALSE(says_something(Text{}));                         // not written
    CHECK_FALSE(says_something(Text{"real text", SourceLoc{}})); // no place: not in the file
    CHECK_FALSE(says_something(written(" \t")));
    CHECK_FALSE(says_something(written("TBC")));
    CHECK_FALSE(says_something(written("CLD?")));

    TextList list;
    list.loc = SourceLoc{0, 2, 3};
    CHECK_FALSE(says_something(list));
    list.value = {written("n/a"), written("-")};
    CHECK_FALSE(says_something(list));
    list.value.push_back(written("travel paid"));
    CHECK(says_something(list));
}
