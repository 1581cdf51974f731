// SPDX-License-Identifier: MIT
#include "util/suggest.hpp"

#include <doctest/doctest.h>

using namespace engage::detail;

TEST_CASE("edit distance counts single edits and swaps") {
    CHECK(edit_distance("name", "name") == 0);
    CHECK(edit_distance("naem", "name") == 1); // adjacent swap
    CHECK(edit_distance("titel", "title") == 1);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("closest_match suggests likely typos only") {
    const std::vector<std::string_view> keys = {"id", "name", "kind", "feeds_into", "decides"};
    CHECK(closest_match("naem", keys) == std::optional<std::string>("name"));
    CHECK(closest_match("feeds_in", keys) == std::optional<std::string>("feeds_into"));
    CHECK(closest_match("Kind", keys) == std::optional<std::string>("kind"));
    CHECK_FALSE(closest_match("budget", keys));
    CHECK(join_alternatives({"a", "b", "c"}) == "a, b or c");
    CHECK(join_alternatives({"a"}) == "a");
}
