// SPDX-License-Identifier: MIT
#include "test_support.hpp"

#include <engage/engine.hpp>
#include <engage/framework.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace engage;

namespace {

Settings as_of(const char* date) {
    Settings settings;
    settings.as_of = parse_date(date);
    return settings;
}

PlanResult check(const std::string& text, const Settings& settings = as_of("2024-06-30")) {
    return check_plan(test::load(text), settings);
}

Attainment status_of(const PlanResult& result, std::string_view key) {
    REQUIRE(result.assessment);
    for (const auto& s : result.assessment->standards) {
        if (s.key == key)
            return s.status;
    }
    FAIL("no standard " << key);
    return Attainment::not_met;
}

std::size_t count_rule(const PlanResult& result, std::string_view rule) {
    return static_cast<std::size_t>(
        std::count_if(result.findings.begin(), result.findings.end(),
                      [&](const Finding& f) { return f.rule == rule; }));
}

} // namespace

TEST_CASE("a plan with nothing but a title is not met on five standards") {
    const PlanResult result = check("engage: 1\nplan: {id: bare, title: Just a title}\n");
    REQUIRE(result.assessment);
    CHECK(result.assessment->framework_id == "national-standards");
    CHECK(result.assessment->standards.size() == 7);
    for (const char* key : {"inclusion", "support", "methods", "communication", "impact"}) {
        INFO(key);
        CHECK(status_of(result, key) == Attainment::not_met);
    }
    CHECK_FALSE(reaches(result.findings, Severity::error)); // gaps are warnings, not errors
}

TEST_CASE("a complete, well-kept plan has no findings and meets every standard") {
    const PlanResult result = check(test::read_source("tests/fixtures/plans/complete.yaml"));
    CHECK(test::places(result.findings).empty());
    for (const auto& standard : result.assessment->standards) {
        INFO(standard.key);
        CHECK(standard.status == Attainment::met);
    }
}

TEST_CASE("every indicator of the National Standards is assessed, 35 in all") {
    const PlanResult result = check(test::read_source("tests/fixtures/plans/complete.yaml"));
    std::size_t indicators = 0;
    for (const auto& standard : result.assessment->standards)
        indicators += standard.indicators.size();
    CHECK(indicators == 35);
}

TEST_CASE("a plan picks its framework; the settings can override it") {
    const std::string text = "engage: 1\nplan: {id: p, title: T, framework: lundy}\n";
    const PlanResult lundy = check(text);
    CHECK(lundy.assessment->framework_id == "lundy");
    CHECK(lundy.assessment->standards.size() == 4);
    Settings settings = as_of("2024-06-30");
    settings.framework = "wales-nps";
    CHECK(check(text, settings).assessment->framework_id == "wales-nps");
    settings.framework = "scotland-2005";
    const PlanResult older = check(text, settings);
    REQUIRE(older.assessment);
    CHECK(older.assessment->standards.size() == 10);
}

TEST_CASE("an unknown framework is a bad-value at the plan's framework key") {
    const PlanResult result = check("engage: 1\nplan: {id: p, title: T, framework: lundee}\n");
    CHECK_FALSE(result.assessment);
    REQUIRE(count_rule(result, "bad-value") == 1);
    const auto it = std::find_if(result.findings.begin(), result.findings.end(),
                                 [](const Finding& f) { return f.rule == "bad-value"; });
    CHECK(it->line == 2);
    CHECK(it->column == 36);
    CHECK(it->help == "Did you mean `lundy`?");
}

TEST_CASE("a framework file next to the plan is used, and its problems are reported") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(ENGAGE_BINARY_DIR) / "scratch" / "framework-file";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "ours.yaml")
        << "engage-framework: 1\nid: ours\nname: Our standards\nstandards:\n"
           "  - key: voice\n    name: Voice\n    indicators:\n"
           "      - {id: V-1, text: Forums exist, rules: [no-forums, no-such-rule]}\n";
    std::ofstream(dir / "plan.yaml")
        << "engage: 1\nplan: {id: p, title: T, framework: ours.yaml}\nactions:\n"
           "  - {id: A-1, title: T, standards: [voice, inclusion]}\n";
    const LoadResult loaded = load_paths({(dir / "plan.yaml").string()});
    REQUIRE(loaded.plans.size() == 1);
    PlanResult result = check_plan(loaded.plans[0], Settings{});
    CHECK_FALSE(result.assessment); // the framework file has an error
    CHECK(count_rule(result, "unknown-reference") == 1);
    std::ofstream(dir / "ours.yaml", std::ios::trunc)
        << "engage-framework: 1\nid: ours\nname: Our standards\nstandards:\n"
           "  - key: voice\n    name: Voice\n    indicators:\n"
           "      - {id: V-1, text: Forums exist, rules: [no-forums]}\n";
    // A fresh run reads the corrected file: the plan is assessed on it, and `inclusion`
    // is not one of its standards.
    const LoadResult again = load_paths({(dir / "plan.yaml").string()});
    Settings settings;
    settings.framework = (dir / "ours.yaml").string();
    const PlanResult fixed = check_plan(again.plans[0], settings);
    REQUIRE(fixed.assessment);
    CHECK(fixed.assessment->framework_id == "ours");
    CHECK(fixed.assessment->standards.front().status == Attainment::not_met);
    CHECK(count_rule(fixed, "unknown-reference") == 1);
}

TEST_CASE("standards named by actions and self-assessment must be the framework's") {
    const PlanResult result =
        check("engage: 1\nplan: {id: p, title: T}\nactions:\n  - {id: A-1, title: T, standards: "
              "[inclusion, inclusiom]}\nstandards:\n  voice: {score: 3}\n");
    CHECK(count_rule(result, "unknown-reference") == 2);
}

TEST_CASE("suppressions hide findings on their line or the next, and for a whole file") {
    const std::string text = "engage: 1\n"
                             "# engage: disable-file=no-partners\n"
                             "plan:  # engage: disable=no-groups\n"
                             "  id: p\n"
                             "  title: T\n";
    const PlanResult result = check(text);
    CHECK(count_rule(result, "no-groups") == 0);
    CHECK(count_rule(result, "no-partners") == 0);
    CHECK(count_rule(result, "unused-suppression") == 0);
    CHECK(count_rule(result, "no-purpose") == 1);
    // Suppressing a finding earns nothing: an indicator is met on evidence only.
    CHECK(result.assessment->standards[2].indicators[0].status == Attainment::not_met); // PLA-1
}

TEST_CASE("suppression comments allow free spacing and lists, and ignore look-alikes") {
    const std::string text = "engage: 1\n"
                             "#engage:disable-file = no-partners ,\tno-purpose\n"
                             "plan:  #   engage:   disable=no-groups\n"
                             "  id: p  # engage: disable-filex=no-such-rule\n"
                             "  title: T  # engage: enable=no-such-rule\n"
                             "  summary: disabled young people#engage: disable=no-such-rule\n";
    const PlanResult result = check(text);
    CHECK(count_rule(result, "no-groups") == 0);
    CHECK(count_rule(result, "no-partners") == 0);
    CHECK(count_rule(result, "no-purpose") == 0);
    // The three look-alikes are not directives, so none is reported as unused.
    CHECK(count_rule(result, "unused-suppression") == 0);
}

TEST_CASE("a suppression two lines above does not reach, and is reported unused") {
    const PlanResult result =
        check("engage: 1\n# engage: disable=no-groups\n\nplan:\n  id: p\n  title: T\n");
    CHECK(count_rule(result, "no-groups") == 1);
    CHECK(count_rule(result, "unused-suppression") == 1);
}

TEST_CASE("a suppression of a rule that is not selected is neither used nor reported") {
    Settings settings = as_of("2024-06-30");
    settings.rules.ignore = {"no-groups"};
    const PlanResult result =
        check("engage: 1\nplan:  # engage: disable=no-groups\n  id: p\n  title: T\n", settings);
    CHECK(count_rule(result, "unused-suppression") == 0);
}

TEST_CASE("yaml-syntax cannot be suppressed or ignored") {
    Settings settings;
    settings.rules.ignore = {"yaml-syntax"};
    const PlanResult result =
        check("engage: 1  # engage: disable-file=yaml-syntax\nplan: [\n", settings);
    CHECK(count_rule(result, "yaml-syntax") == 1);
}

TEST_CASE("selection and severity overrides apply to every rule") {
    Settings settings = as_of("2024-06-30");
    settings.rules.select = {"no-groups", "unknown-key"};
    settings.rules.severity = {{"no-groups", Severity::error}};
    const PlanResult result = check("engage: 1\nplan: {id: p, title: T}\nbudget: 1\n", settings);
    CHECK(test::places(result.findings) ==
          std::vector<std::string>{"2:7 no-groups", "3:1 unknown-key"});
    CHECK(result.findings[0].severity == Severity::error);
}

TEST_CASE("overdue checks use the as-of date and stay silent without one") {
    const std::string text = "engage: 1\nplan: {id: p, title: T}\nactions:\n  - {id: A-1, title: "
                             "T, due: 2024-01-31, status: in-progress}\n";
    CHECK(count_rule(check(text, as_of("2024-06-30")), "action-overdue") == 1);
    CHECK(count_rule(check(text, as_of("2024-01-31")), "action-overdue") == 0);
    CHECK(count_rule(check(text, Settings{}), "action-overdue") == 0);
}

TEST_CASE("a self-score above the band of its standard's verdict is a finding at the score") {
    // Both standards are not met (band 1-2): 6 is above it, 2 is within it.
    const PlanResult result = check("engage: 1\nplan: {id: p, title: T}\nstandards:\n  methods: "
                                    "{score: 6}\n  support: {score: 2}\n");
    REQUIRE(count_rule(result, "self-assessment-overrated") == 1);
    const auto it =
        std::find_if(result.findings.begin(), result.findings.end(),
                     [](const Finding& f) { return f.rule == "self-assessment-overrated"; });
    CHECK(it->line == 4);
    CHECK(it->column == 20);
    CHECK(it->standard.empty());
}

TEST_CASE("findings of evidence rules carry their standard") {
    const PlanResult result = check("engage: 1\nplan: {id: p, title: T}\n");
    for (const auto& f : result.findings) {
        if (f.rule == "no-groups")
            CHECK(f.standard == "inclusion");
        if (f.rule == "no-purpose")
            CHECK(f.standard == "planning");
    }
}

TEST_CASE("the built-in frameworks load cleanly and name only registered rules") {
    const auto ids = builtin_framework_ids();
    CHECK(ids ==
          std::vector<std::string>{"national-standards", "lundy", "wales-nps", "scotland-2005"});
    for (const auto& id : ids) {
        INFO(id);
        const auto framework = builtin_framework(id);
        REQUIRE(framework);
        CHECK(framework->id == id);
        for (const auto& standard : framework->standards) {
            CHECK_FALSE(standard.indicators.empty());
            for (const auto& indicator : standard.indicators) {
                for (const auto& rule : indicator.rules)
                    CHECK(find_rule(rule) != nullptr);
            }
        }
    }
    CHECK(builtin_framework("no-such") == nullptr);
}

TEST_CASE("every evidence rule evidences at least one National Standards indicator") {
    const auto framework = builtin_framework("national-standards");
    for (const RuleInfo& rule : all_rules()) {
        if (rule.family != RuleFamily::evidence)
            continue;
        INFO(rule.name);
        CHECK_FALSE(indicators_evidenced_by(*framework, rule.name).empty());
        CHECK(framework->find_standard(rule.standard) != nullptr);
    }
}

TEST_CASE("framework files with problems are reported at their place") {
    const FrameworkLoad bad =
        parse_framework("f.yaml", "engage-framework: 2\nid: x\nname: X\nstandards: []\n");
    CHECK_FALSE(bad.framework);
    CHECK(test::places(bad.findings) == std::vector<std::string>{"1:19 bad-version"});
    const FrameworkLoad dup =
        parse_framework("f.yaml", "engage-framework: 1\nid: x\nname: X\nstandards:\n"
                                  "  - {key: a, name: A, indicators: [{id: A-1, text: t}]}\n"
                                  "  - {key: a, name: B, indicators: [{id: A-1, text: t}]}\n");
    CHECK(test::places(dup.findings) ==
          std::vector<std::string>{"6:36 duplicate-id", "6:5 duplicate-id"});
}

TEST_CASE("a framework file's quoted version is named as text where a number belongs") {
    const FrameworkLoad quoted =
        parse_framework("f.yaml", "engage-framework: '1'\nid: x\nname: X\nstandards: []\n");
    REQUIRE(test::places(quoted.findings) == std::vector<std::string>{"1:19 bad-version"});
    CHECK(quoted.findings[0].message.find("must be the number 1, not the text") !=
          std::string::npos);
}

TEST_CASE("unused-suppression can be switched off, and yaml-syntax cannot be downgraded") {
    Settings settings = as_of("2024-06-30");
    settings.rules.ignore = {"unused-suppression"};
    const PlanResult quiet =
        check("engage: 1\n# engage: disable=no-such-rule\nplan: {id: p, title: T}\n", settings);
    CHECK(count_rule(quiet, "unused-suppression") == 0);
    Settings lenient;
    lenient.rules.severity = {{"yaml-syntax", Severity::info}};
    const PlanResult broken = check("engage: 1\nplan: [\n", lenient);
    REQUIRE(count_rule(broken, "yaml-syntax") == 1);
    CHECK(broken.findings.front().severity == Severity::error);
}

TEST_CASE("every shipped framework assesses a bare plan as not met, and a complete plan as met") {
    const std::string bare = "engage: 1\nplan: {id: bare, title: Just a title}\n";
    const std::string complete = test::read_source("tests/fixtures/plans/complete.yaml");
    for (const auto& id : builtin_framework_ids()) {
        INFO(id);
        Settings settings = as_of("2024-06-30");
        settings.framework = id;
        const PlanResult empty = check(bare, settings);
        REQUIRE(empty.assessment);
        CHECK(empty.assessment->framework_id == id);
        for (const auto& standard : empty.assessment->standards) {
            INFO(standard.key);
            CHECK(standard.status == Attainment::not_met);
        }
        const PlanResult full = check(complete, settings);
        REQUIRE(full.assessment);
        std::size_t met = 0;
        for (const auto& standard : full.assessment->standards)
            met += standard.status == Attainment::met;
        // Self-assessed indicators need evidence naming them; the complete plan names
        // the National Standards' ids, so other frameworks' self-assessed ones stay partly met.
        CHECK(met * 2 > full.assessment->standards.size());
    }
}
