// SPDX-License-Identifier: MIT
// What the everyday options of validate and audit rest on in the library:
// rules by code prefix, exclusion patterns, and YAML files that are not plans.
#include <engage/engine.hpp>
#include <engage/load.hpp>
#include <engage/rules.hpp>
#include <engage/settings.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace engage;

TEST_CASE("find_rules takes a name, a code, or the start of a code") {
    CHECK(find_rules("orphan-forum").size() == 1);
    CHECK(find_rules("F201").front()->name == "orphan-forum");
    const auto flow = find_rules("F20");
    CHECK(flow.size() == 9); // F201 to F209
    CHECK(std::all_of(flow.begin(), flow.end(),
                      [](const RuleInfo* rule) { return rule->code.starts_with("F20"); }));
    CHECK(find_rules("e30").size() == find_rules("E30").size()); // any case
    CHECK(find_rules("E3").size() > find_rules("E30").size());
    CHECK(find_rules("E9").empty());
    CHECK(find_rules("orphan").empty()); // a part of a name is not a prefix
    CHECK(find_rules("").empty());
}

TEST_CASE("configuration lists take code prefixes too") {
    const Settings settings = parse_config("[rules]\nignore = [\"F2\", \"F201\"]\n", "x.toml");
    CHECK(settings.rules.ignore.size() == find_rules("F2").size()); // each rule once
    CHECK_THROWS_AS((void)parse_config("[rules]\nselect = [\"Q1\"]\n", "x.toml"), ConfigError);
}

TEST_CASE("exclude replaces the defaults, extend-exclude adds to them") {
    CHECK(Settings{}.exclude == Settings::default_exclude());
    CHECK(parse_config("exclude = [\"old\"]\n", "x.toml").exclude ==
          std::vector<std::string>{"old"});
    const Settings extended = parse_config("extend-exclude = [\"drafts\"]\n", "x.toml");
    CHECK(extended.exclude.size() == Settings::default_exclude().size() + 1);
    CHECK(extended.exclude.back() == "drafts");
    CHECK_THROWS_AS((void)parse_config("exclude = \"old\"\n", "x.toml"), ConfigError);
    CHECK_THROWS_AS((void)parse_config("extend-exclude = [\"\"]\n", "x.toml"), ConfigError);
}

TEST_CASE("exclusion patterns: names anywhere on the path, or whole paths") {
    const std::vector<std::string> names{"drafts", "*.old.yaml"};
    CHECK(is_excluded("drafts", names));
    CHECK(is_excluded("area/drafts/plan.yaml", names));
    CHECK(is_excluded("plan.old.yaml", names));
    CHECK_FALSE(is_excluded("drafts-2024.yaml", names));
    const std::vector<std::string> paths{"./archive/*.yaml", "north/"};
    CHECK(is_excluded("archive/a.yaml", paths));
    CHECK(is_excluded("archive/deep/a.yaml", paths)); // `*` crosses `/`
    CHECK_FALSE(is_excluded("current/archive/a.yaml", paths));
    CHECK(is_excluded("north", paths));
}

TEST_CASE("a YAML file with none of a plan's top-level keys is not a plan") {
    const LoadedPlan compose =
        load_plan_text("docker-compose.yml", "services:\n  web: {image: nginx}\n");
    CHECK(compose.not_a_plan);
    CHECK(compose.findings.empty());
    // Plan keys, or a misspelt version, make it a plan: broken, with its errors.
    const LoadedPlan misspelt = load_plan_text("p.yaml", "engag: 1\nplan: {id: a, title: A}\n");
    CHECK_FALSE(misspelt.not_a_plan);
    CHECK_FALSE(misspelt.findings.empty());
    const LoadedPlan fragment = load_plan_text("f.yaml", "bodies: []\n");
    CHECK_FALSE(fragment.not_a_plan);
    // A list or an empty file stays a broken plan.
    CHECK_FALSE(load_plan_text("l.yaml", "- a\n").not_a_plan);
    CHECK_FALSE(load_plan_text("e.yaml", "").not_a_plan);
    CHECK(is_plan_key("Engage"));
    CHECK_FALSE(is_plan_key("engine"));
    CHECK_FALSE(is_plan_key("services"));
}
