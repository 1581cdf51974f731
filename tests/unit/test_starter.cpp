// SPDX-License-Identifier: MIT
#include "schema.hpp"
#include "test_support.hpp"

#include <engage/engine.hpp>
#include <engage/output.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace engage;

TEST_CASE("a folder's name becomes a plan id") {
    CHECK(slug_from_name("Riverside Plan 2024") == "riverside-plan-2024");
    CHECK(slug_from_name("  --Dundee__YVOP!! ") == "dundee-yvop");
    CHECK(slug_from_name("already-a-slug") == "already-a-slug");
    CHECK(slug_from_name("Ōban") == "ban"); // letters outside ASCII are left out
    CHECK(slug_from_name("...") == "plan");
    CHECK(slug_from_name("") == "plan");
}

TEST_CASE("plan ids are slugs") {
    CHECK(is_slug("riverside-plan"));
    CHECK(is_slug("2024"));
    CHECK_FALSE(is_slug(""));
    CHECK_FALSE(is_slug("-riverside"));
    CHECK_FALSE(is_slug("Riverside"));
    CHECK_FALSE(is_slug("river side"));
}

TEST_CASE("months are added keeping the day where the month has it") {
    CHECK(add_months({2024, 7, 1}, 36).to_string() == "2027-07-01");
    CHECK(add_months({2024, 1, 31}, 1).to_string() == "2024-02-29");
    CHECK(add_months({2023, 1, 31}, 1).to_string() == "2023-02-28");
    CHECK(add_months({2024, 11, 15}, 2).to_string() == "2025-01-15");
    CHECK(add_months({2024, 2, 29}, 12).to_string() == "2025-02-28");
}

TEST_CASE("the starter plan validates with no findings at its start date") {
    StarterOptions options;
    options.id = "riverside";
    options.area = "Riverside \"North\": #1";
    options.start = {2024, 2, 29};
    const std::vector<StarterFile> files = starter_plan(options);
    REQUIRE(files.size() == 3);
    CHECK(files[0].path == "plan.yaml");
    CHECK(files[1].path == ".engage.toml");
    CHECK(files[2].path == "engage-plan.schema.json");
    CHECK(files[2].text == plan_schema_json());
    CHECK(files[0].text.find("# yaml-language-server: $schema=engage-plan.schema.json\n") == 0);

    Settings settings;
    settings.as_of = options.start;
    const PlanResult result = check_plan(test::load(files[0].text), settings);
    CHECK(test::places(result.findings).empty());
    CHECK(result.plan.info.area.value == options.area); // quoted safely
    CHECK(result.plan.info.title.value ==
          options.area + " children and young people's participation plan");
}

TEST_CASE("the plan schema is embedded whole") {
    const std::string_view schema = plan_schema_json();
    CHECK(schema.substr(0, 1) == "{");
    CHECK(schema.find("\"engage-plan.schema.json\"") != std::string_view::npos);
}
