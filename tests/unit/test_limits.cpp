// SPDX-License-Identifier: MIT
// Setting the loader's limits from environment variables.
#include <engage/load.hpp>

#include <doctest/doctest.h>

#include <map>
#include <string>

using namespace engage;

namespace {

VariableLookup lookup_in(const std::map<std::string, std::string>& variables) {
    return [variables](const char* name) -> const char* {
        auto it = variables.find(name);
        return it == variables.end() ? nullptr : it->second.c_str();
    };
}

} // namespace

TEST_CASE("limit variables set the limits they name and leave the others") {
    LoadLimits limits;
    const auto problem =
        apply_limit_variables(limits, lookup_in({{"ENGAGE_MAX_DEPTH", "128"},
                                                 {"ENGAGE_MAX_FILES", "50"},
                                                 {"ENGAGE_MAX_FILE_BYTES", "1048576"},
                                                 {"ENGAGE_MAX_ALIAS_NODES", ""}}));
    CHECK_FALSE(problem.has_value());
    CHECK(limits.max_depth == 128);
    CHECK(limits.max_files == 50);
    CHECK(limits.max_file_bytes == 1048576);
    CHECK(limits.max_alias_nodes == LoadLimits{}.max_alias_nodes);
    CHECK(limit_variable_names().size() == 4);
}

TEST_CASE("the depth stays below yaml-cpp's own limit, so deep nesting is reported in place") {
    LoadLimits limits;
    CHECK_FALSE(
        apply_limit_variables(limits, lookup_in({{"ENGAGE_MAX_DEPTH", "1000"}})).has_value());
    CHECK(limits.max_depth == 1000);
    const auto problem = apply_limit_variables(limits, lookup_in({{"ENGAGE_MAX_DEPTH", "1001"}}));
    REQUIRE(problem.has_value());
    CHECK(*problem == "ENGAGE_MAX_DEPTH: '1001' is not a whole number from 1 to 1000");
}

TEST_CASE("a limit variable that is not a whole number from 1 up is refused, changing nothing") {
    for (const char* bad : {"0", "-3", "12x", "1e6", " 5", "99999999999999999999"}) {
        LoadLimits limits;
        const auto problem = apply_limit_variables(
            limits, lookup_in({{"ENGAGE_MAX_DEPTH", "10"}, {"ENGAGE_MAX_FILES", bad}}));
        REQUIRE(problem.has_value());
        CHECK(problem->find("ENGAGE_MAX_FILES") != std::string::npos);
        CHECK(problem->find(bad) != std::string::npos);
        CHECK(limits.max_depth == LoadLimits{}.max_depth);
    }
}
