// SPDX-License-Identifier: MIT
#include "test_support.hpp"

#include <engage/engine.hpp>
#include <engage/settings.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace engage;
using engage::test::scratch;
using engage::test::write;

namespace {

/// The place and message of the ConfigError `text` raises.
std::string error_of(const std::string& text) {
    try {
        (void)parse_config(text, "cfg.toml");
    } catch (const ConfigError& error) {
        return std::to_string(error.line) + ":" + std::to_string(error.column) + " " +
               error.message;
    }
    return "no error";
}

} // namespace

TEST_CASE("a full configuration is read, with rule codes turned into names") {
    const Settings s = parse_config(R"(
framework = "lundy"
as-of = 2024-03-31
fail-on = "warning"

[rules]
select = ["no-groups", "E343", "S104"]
ignore = ["no-resources"]

[rules.severity]
placeholder-lead = "error"
E342 = "info"

[thresholds]
min-meetings-per-year = 4
max-adults-per-young-person = 0.5
max-links-to-decision = 2
feedback-days = 30
)",
                                    "cfg.toml");
    CHECK(s.framework == "lundy");
    REQUIRE(s.as_of);
    CHECK(s.as_of->to_string() == "2024-03-31");
    CHECK(s.fail_on == Severity::warning);
    CHECK(s.rules.select ==
          std::vector<std::string>{"no-groups", "placeholder-lead", "unknown-key"});
    CHECK(s.rules.ignore == std::vector<std::string>{"no-resources"});
    CHECK(s.rules.severity_of("placeholder-lead") == Severity::error);
    CHECK(s.rules.severity_of("action-without-lead") == Severity::info);
    CHECK(s.options.given("min-meetings-per-year") == 4);
    CHECK(s.options.given("max-adults-per-young-person") == doctest::Approx(0.5));
    CHECK(s.options.given("max-links-to-decision") == 2);
    CHECK(s.options.given("feedback-days") == 30);
    CHECK(s.config_path == "cfg.toml");
}

TEST_CASE("configuration errors name the place and what is wrong") {
    CHECK(error_of("framwork = \"lundy\"\n").rfind("1:1 unknown key `framwork`", 0) == 0);
    CHECK(error_of("[rules]\nignore = [\"no-such-rule\"]\n") ==
          "2:11 no rule is called `no-such-rule` (`engage rules` lists them)");
    CHECK(error_of("[thresholds]\nfeedback-days = \"ninety\"\n") ==
          "2:17 `feedback-days` should be a whole number from 0 to 3660, such as 90");
    CHECK(error_of("fail-on = \"sometimes\"\n") ==
          "1:11 `fail-on` should be \"error\", \"warning\" or \"info\"");
    CHECK(error_of("as-of = 2024-02-30\n").rfind("1:", 0) == 0); // toml++ rejects the date itself
    CHECK(error_of("[rules.severity]\nno-groups = \"loud\"\n").rfind("2:13 ", 0) == 0);
    CHECK(error_of("this is not toml").rfind("1:", 0) == 0);
    CHECK(error_of("[rules.severity]\nyaml-syntax = \"info\"\n")
              .rfind("2:1 `yaml-syntax` is always an error", 0) == 0);
}

TEST_CASE("a framework path in configuration is relative to the configuration file") {
    const Settings s =
        parse_config("framework = \"frameworks/ours.yaml\"\n", "team/plans/.engage.toml");
    CHECK(s.framework == "team/plans/frameworks/ours.yaml");
    CHECK(parse_config("framework = \"wales-nps\"\n", "a/.engage.toml").framework == "wales-nps");
}

TEST_CASE("the nearest .engage.toml above a plan governs it, up to the repository root") {
    const fs::path root = scratch("config-walk");
    fs::create_directories(root / ".git");
    write(root / ".engage.toml",
          "feedback-days = 1\n"); // invalid at the top level: proves it is not read below
    write(root / "region/.engage.toml", "[thresholds]\nfeedback-days = 30\n");
    write(root / "region/north/plan.yaml", "engage: 1\nplan: {id: n, title: N}\n");
    write(root / "other/plan.yaml", "engage: 1\nplan: {id: o, title: O}\n");

    const auto north = find_config((root / "region/north/plan.yaml").string());
    REQUIRE(north);
    CHECK(fs::path(*north) == root / "region/.engage.toml");
    CHECK(find_config((root / "other").string()) ==
          std::optional<std::string>((root / ".engage.toml").string()));

    const fs::path outside = scratch("config-none");
    fs::create_directories(outside / ".git");
    write(outside / "p.yaml", "engage: 1\n");
    CHECK_FALSE(find_config((outside / "p.yaml").string()));
}

TEST_CASE("command-line settings override the configuration file") {
    const fs::path root = scratch("config-precedence");
    fs::create_directories(root / ".git");
    write(root / ".engage.toml",
          "as-of = 2024-01-01\nframework = \"lundy\"\n[rules]\nignore = [\"no-groups\"]\n");
    write(root / "plan.yaml", "engage: 1\nplan: {id: p, title: P}\n");

    SettingsOverrides none;
    const Settings from_file = resolve_settings((root / "plan.yaml").string(), none);
    CHECK(from_file.as_of->to_string() == "2024-01-01");
    CHECK(from_file.framework == "lundy");

    SettingsOverrides cli;
    cli.as_of = parse_date("2025-05-05");
    cli.framework = "wales-nps";
    cli.ignore = {"no-purpose"};
    cli.fallback_as_of = parse_date("1999-01-01");
    const Settings merged = resolve_settings((root / "plan.yaml").string(), cli);
    CHECK(merged.as_of->to_string() == "2025-05-05");
    CHECK(merged.framework == "wales-nps");
    CHECK(merged.rules.ignore == std::vector<std::string>{"no-groups", "no-purpose"});

    SettingsOverrides fallback_only;
    fallback_only.fallback_as_of = parse_date("1999-01-01");
    CHECK(resolve_settings((root / "plan.yaml").string(), fallback_only).as_of->to_string() ==
          "2024-01-01");
    const fs::path bare = scratch("config-fallback");
    fs::create_directories(bare / ".git");
    write(bare / "plan.yaml", "engage: 1\n");
    CHECK(resolve_settings((bare / "plan.yaml").string(), fallback_only).as_of->to_string() ==
          "1999-01-01");
}

TEST_CASE("the effective settings print as TOML that reads back the same") {
    Settings s =
        parse_config("as-of = 2024-03-31\n[rules]\nignore = [\"no-groups\"]\n[rules.severity]\n"
                     "placeholder-lead = \"error\"\n[thresholds]\nfeedback-days = 45\n",
                     "cfg.toml");
    s.framework = "lundy";
    const std::string printed = settings_to_toml(s);
    const Settings again = parse_config(printed, "printed.toml");
    CHECK(again.framework == "lundy");
    CHECK(again.as_of->to_string() == "2024-03-31");
    CHECK(again.rules.ignore == s.rules.ignore);
    CHECK(again.rules.severity_of("placeholder-lead") == Severity::error);
    CHECK(again.options.given("feedback-days") == 45);
}
