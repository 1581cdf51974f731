// SPDX-License-Identifier: MIT
// Hostile configuration: deep, large, nonsensical or missing .engage.toml files
// end in a ConfigError with a place, never a crash or a silent fallback.
#include "run_caches.hpp"
#include "test_support.hpp"

#include <engage/engine.hpp>
#include <engage/settings.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using namespace engage;
using engage::test::scratch;
using engage::test::write;

namespace {

/// "line:column message" of the ConfigError `text` raises, or "no error".
std::string config_error(const std::string& text, const LoadLimits& limits = {}) {
    try {
        (void)parse_config(text, "cfg.toml", limits);
    } catch (const ConfigError& error) {
        return std::to_string(error.line) + ":" + std::to_string(error.column) + " " +
               error.message;
    }
    return "no error";
}

std::string repeated(std::string_view part, std::size_t times, std::string_view joiner) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i) {
        if (i > 0)
            out += joiner;
        out += part;
    }
    return out;
}

bool starts_with(const std::string& text, std::string_view prefix) {
    return text.rfind(prefix, 0) == 0;
}

} // namespace

TEST_CASE("a configuration nested deeper than the limit is refused before toml++ reads it") {
    // 35,000 levels overflowed toml++'s stack: each must now be a ConfigError at its place.
    const std::string dotted_key = "[rules]\n" + repeated("a", 35'000, ".") + " = 1\n";
    CHECK(starts_with(config_error(dotted_key), "2:1 nesting too deep: more than 64 levels"));
    const std::string header = "# deep\n[" + repeated("a", 35'000, ".") + "]\n";
    CHECK(starts_with(config_error(header), "2:1 nesting too deep"));
    const std::string array_tables = "[[" + repeated("t", 35'000, " . ") + "]]\n";
    CHECK(starts_with(config_error(array_tables), "1:1 nesting too deep"));
    const std::string inline_tables =
        "x = " + repeated("{a = ", 200, "") + "1" + std::string(200, '}') + "\n";
    CHECK(starts_with(config_error(inline_tables), "1:"));
    CHECK(config_error(inline_tables).find("nesting too deep") != std::string::npos);
    const std::string arrays = "x = [\n" + std::string(200, '[') + std::string(201, ']') + "\n";
    CHECK(starts_with(config_error(arrays), "2:"));
    CHECK(config_error(arrays).find("nesting too deep") != std::string::npos);
    // A header deep in the file, after strings and comments that hold brackets and dots.
    const std::string later = "framework = \"a.b[c]{d}\"\n# [x.y.z]\nas-of = '''\n[a.b]\n'''\n[" +
                              repeated("\"q.q\"", 100, ".") + "]\n";
    CHECK(starts_with(config_error(later), "6:1 nesting too deep"));
}

TEST_CASE("the depth limit counts parts of keys, not dots inside quotes or numbers") {
    // One key of 200 dots in quotes is one part: toml++ reads it and engage names it.
    CHECK(
        starts_with(config_error("\"" + repeated("a", 200, ".") + "\" = 1\n"), "1:1 unknown key"));
    CHECK(config_error("[thresholds]\nmax-adults-per-young-person = 1.5\n") == "no error");
    CHECK(config_error("[rules]\nignore = [\n  \"no-groups\", # a.b.c\n  \"long-path\",\n]\n") ==
          "no error");
    // ENGAGE_MAX_DEPTH sets the limit for configuration as for plans.
    LoadLimits shallow;
    shallow.max_depth = 2;
    CHECK(starts_with(config_error("[rules.severity]\nno-groups = \"info\"\n", shallow),
                      "2:1 nesting too deep: more than 2 levels"));
}

TEST_CASE("a configuration over the size limit is refused before it is read") {
    LoadLimits small;
    small.max_file_bytes = 64;
    const std::string big = "# " + std::string(100, 'x') + "\nfail-on = \"error\"\n";
    CHECK(starts_with(config_error(big, small), "0:0 the file is 121 bytes, over the limit of 64"));
    const fs::path dir = scratch("config-too-big");
    write(dir / ".engage.toml", big);
    try {
        (void)load_config((dir / ".engage.toml").string(), small);
        FAIL("a file over the limit was read");
    } catch (const ConfigError& error) {
        CHECK(error.message == "the file is 121 bytes, over the limit of 64 bytes "
                               "(ENGAGE_MAX_FILE_BYTES)");
        // No line or column to give: the place is the file.
        CHECK(std::string(error.what()).find(".engage.toml: the file is") != std::string::npos);
    }
}

TEST_CASE("max-adults-per-young-person refuses nan, infinities and numbers out of range") {
    const std::string expected =
        "`max-adults-per-young-person` should be a number from 0 to 1000, such as 1.0";
    for (const std::string value :
         {"nan", "+nan", "-nan", "inf", "+inf", "-inf", "-0.5", "1e9", "1001", "\"1.0\""}) {
        CAPTURE(value);
        CHECK(config_error("[thresholds]\nmax-adults-per-young-person = " + value + "\n") ==
              "2:31 " + expected);
    }
    CHECK(config_error("[thresholds]\nmax-adults-per-young-person = 0\n") == "no error");
    CHECK(config_error("[thresholds]\nmax-adults-per-young-person = 1000.0\n") == "no error");
}

TEST_CASE("a .engage.toml that cannot be read is an error, never a reason to use the one above") {
    const fs::path root = scratch("config-unusable");
    fs::create_directories(root / ".git");
    write(root / ".engage.toml", "[thresholds]\nfeedback-days = 30\n");
    const auto error_for = [&](const std::string& folder) -> std::string {
        write(root / folder / "plan.yaml", "engage: 1\nplan: {id: p, title: P}\n");
        try {
            (void)resolve_settings((root / folder / "plan.yaml").string(), {});
        } catch (const ConfigError& error) {
            CHECK(error.file == (root / folder / ".engage.toml").string());
            return error.message;
        }
        return "no error";
    };
    fs::create_directories(root / "dangling");
    fs::create_symlink("no-such.toml", root / "dangling/.engage.toml");
    CHECK(error_for("dangling") == "is a dangling symbolic link: what it points to does not exist");
    fs::create_directories(root / "loop");
    fs::create_symlink(".engage.toml", root / "loop/.engage.toml");
    CHECK(error_for("loop") == "is a symbolic link loop, not a configuration file");
    fs::create_directories(root / "folder/.engage.toml");
    CHECK(error_for("folder") == "is a folder, not a configuration file");
    fs::create_directories(root / "linked-folder");
    fs::create_directory_symlink("../folder/.engage.toml", root / "linked-folder/.engage.toml");
    CHECK(error_for("linked-folder") == "is a folder, not a configuration file");
    // A link to a real file is read like the file.
    fs::create_directories(root / "linked");
    fs::create_symlink("../.engage.toml", root / "linked/.engage.toml");
    CHECK(error_for("linked") == "no error");
}

TEST_CASE("a bad .engage.toml fails the plans it governs, and the other plans are still checked") {
    const fs::path root = scratch("config-bad-in-collection");
    fs::create_directories(root / ".git");
    write(root / "sound/plan.yaml", "engage: 1\nplan: {id: sound, title: Sound}\n");
    write(root / "bad/plan.yaml", "engage: 1\nplan: {id: bad, title: Bad}\n");
    write(root / "bad/other.yaml", "engage: 1\nplan: {id: other, title: Other}\n");
    write(root / "bad/.engage.toml", "fail-on = \"sometimes\"\n");
    for (const unsigned jobs : {1u, 2u}) {
        CAPTURE(jobs);
        RunOptions options;
        options.jobs = jobs;
        const ValidateResult result = validate_paths({root.string()}, options);
        REQUIRE(result.plans.size() == 1);
        CHECK(result.plans.front().plan.info.id.value == "sound");
        REQUIRE(result.errors.size() == 1); // a plan folder: one plan, one error
        CHECK(result.errors.front().path == (root / "bad").string());
        CHECK(result.errors.front().message ==
              "not checked, as its configuration cannot be used: " +
                  (root / "bad/.engage.toml").string() +
                  ":1:11: `fail-on` should be \"error\", \"warning\" or \"info\"");
    }
}

TEST_CASE("plans sharing a .engage.toml share the settings read from it once") {
    const fs::path root = scratch("config-read-once");
    fs::create_directories(root / ".git");
    write(root / ".engage.toml", "[thresholds]\nfeedback-days = 30\n");
    const SettingsOverrides overrides;
    const LoadLimits limits;
    detail::SettingsCache cache(overrides, limits);
    const Settings& first = cache.for_plan((root / "a/plan.yaml").string());
    // However the path is spelled, the same file is read once.
    const Settings& second = cache.for_plan((root / "b/c/../plan.yaml").string());
    const Settings& third = cache.for_plan((root / "b/c/d/plan.yaml").string());
    CHECK(&first == &second);
    CHECK(&first == &third);
    CHECK(first.options.given("feedback-days") == 30);
}

TEST_CASE("a rule named many times in configuration is kept once") {
    std::string list;
    for (int i = 0; i < 10'000; ++i)
        list += std::string(list.empty() ? "" : ", ") + (i % 2 ? "\"no-groups\"" : "\"E301\"");
    const Settings s = parse_config("[rules]\nignore = [" + list + "]\n[rules.severity]\n" +
                                        "no-groups = \"info\"\n",
                                    "cfg.toml");
    CHECK(s.rules.ignore == std::vector<std::string>{"no-groups"}); // E301 is no-groups
    CHECK(s.rules.severity.size() == 1);
}

TEST_CASE("a configuration's framework file must be inside the configuration's repository") {
    const fs::path root = scratch("config-framework-reach");
    test::write(root / "repo/.git/HEAD", "ref: refs/heads/main\n");
    test::write(root / "outside/secret.yaml", "token: sk-live-123\n");
    test::write(root / "repo/frameworks/own.yaml", "engage-framework: 1\n");
    test::write(root / "repo/.engage.toml", "framework = \"../outside/secret.yaml\"\n");
    const std::string config = (root / "repo/.engage.toml").string();
    try {
        (void)load_config(config);
        FAIL("a framework outside the repository was accepted");
    } catch (const ConfigError& error) {
        CHECK(error.line == 1);
        CHECK(error.column == 13);
        CHECK(std::string(error.what()).find("is outside the configuration's repository") !=
              std::string::npos);
        CHECK(std::string(error.what()).find("sk-live") == std::string::npos);
    }
    test::write(root / "repo/.engage.toml", "framework = \"frameworks/own.yaml\"\n");
    CHECK(load_config(config).framework == (root / "repo/frameworks/own.yaml").string());
}
