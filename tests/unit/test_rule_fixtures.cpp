// SPDX-License-Identifier: MIT
// Runs every rule fixture under tests/fixtures/rules/<rule>/ and compares the
// findings with the expectations written in the fixture itself:
//   key: value        # expect: rule@column[, rule@column...]   (this line)
//   # expect+2: rule@column                                     (two lines below)
//   # expect-1: rule@column                                     (the line above)
//   # evidence: rule@column   (and evidence+N: / evidence-N:)  evidence a rule records here
// A fixture named fail*.yaml must expect its folder's rule; pass*.yaml expects no finding.
// Evidence is compared exactly for the folder's rule and any rule the fixture names:
// a fixture that marks none says the rule records none in it.
// Settings for a fixture go on a line of their own:
//   # fixture: as-of=2024-01-31 feedback-days=30
#include <engage/engine.hpp>
#include <engage/load.hpp>
#include <engage/rules.hpp>
#include <engage/settings.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using namespace engage;

namespace {

const fs::path fixture_root = fs::path(ENGAGE_SOURCE_DIR) / "tests" / "fixtures" / "rules";

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

using Expectation = std::tuple<std::uint32_t, std::uint32_t, std::string>; // line, column, rule

/// The (line, column, rule) marks of one kind in a fixture: `expect` for
/// findings, `evidence` for evidence a rule records.
std::set<Expectation> parse_marks(const std::string& text, const std::string& kind) {
    const std::regex marker("#\\s*" + kind + R"(([+-]\d+)?:\s*(.*)$)");
    static const std::regex item(R"(([a-z0-9-]+)@(\d+))");
    std::set<Expectation> out;
    std::istringstream lines(text);
    std::string line;
    std::uint32_t number = 0;
    while (std::getline(lines, line)) {
        ++number;
        std::smatch match;
        if (!std::regex_search(line, match, marker))
            continue;
        const long offset = match[1].matched ? std::stol(match[1].str()) : 0;
        const std::string list = match[2].str();
        for (std::sregex_iterator it(list.begin(), list.end(), item), end; it != end; ++it) {
            out.emplace(static_cast<std::uint32_t>(static_cast<long>(number) + offset),
                        static_cast<std::uint32_t>(std::stoul((*it)[2].str())), (*it)[1].str());
        }
    }
    return out;
}

/// Settings from `# fixture: key=value ...` lines.
Settings parse_settings(const std::string& text) {
    static const std::regex marker(R"(#\s*fixture:\s*(.*)$)");
    static const std::regex pair(R"(([a-z-]+)=(\S+))");
    Settings settings;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        std::smatch match;
        if (!std::regex_search(line, match, marker))
            continue;
        const std::string list = match[1].str();
        for (std::sregex_iterator it(list.begin(), list.end(), pair), end; it != end; ++it) {
            const std::string key = (*it)[1].str();
            const std::string value = (*it)[2].str();
            if (key == "as-of") {
                settings.as_of = parse_date(value);
                REQUIRE(settings.as_of.has_value());
            } else if (const RuleOption* option = find_option(key)) {
                settings.options.set(*option, std::stod(value));
            } else if (key == "framework") {
                settings.framework = value;
            } else {
                FAIL("unknown fixture setting " << key);
            }
        }
    }
    return settings;
}

std::vector<fs::path> fixtures_of(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        // example-bad.yaml and example-good.yaml are the rule's documented examples,
        // checked by check_examples; the rest carry inline expectations.
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() == ".yaml" && !name.starts_with("example-"))
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string show(const std::set<Expectation>& set) {
    std::string out;
    for (const auto& [line, column, rule] : set)
        out += "  " + std::to_string(line) + ":" + std::to_string(column) + " " + rule + "\n";
    return out.empty() ? "  (none)\n" : out;
}

/// An evidence rule's documented examples are whole plans: the bad one must make
/// the rule fire, the good one must not, and both must be structurally sound.
void check_examples(const RuleInfo& rule) {
    for (const bool bad : {true, false}) {
        const RuleExamples examples = examples_of(rule);
        const std::string text(bad ? examples.bad : examples.good);
        INFO((bad ? "bad" : "good") << " example of " << rule.name << ":\n" << text);
        const LoadedPlan loaded = load_plan_text("example.yaml", text);
        CHECK(loaded.findings.empty());
        Settings settings;
        settings.as_of =
            parse_date("2024-06-30"); // examples about overdue items are written for this date
        const RuleRun run = run_rule(rule, loaded.plan, settings);
        CHECK(run.findings.empty() == !bad);
        // A rule that bears on indicators shows, in its good example, what earns them.
        if (!bad && !rule.indicators.empty())
            CHECK_FALSE(run.evidence.empty());
    }
}

} // namespace

TEST_CASE("every rule fixture produces exactly the findings it expects") {
    REQUIRE(fs::is_directory(fixture_root));
    std::size_t checked = 0;
    for (const auto& dir : fs::directory_iterator(fixture_root)) {
        const std::string rule = dir.path().filename().string();
        for (const fs::path& file : fixtures_of(dir.path())) {
            const std::string text = read_bytes(file);
            const std::set<Expectation> expected = parse_marks(text, "expect");
            const std::set<Expectation> expected_evidence = parse_marks(text, "evidence");
            // Compare the structural rules, the folder's rule and any rule the fixture names.
            std::set<std::string, std::less<>> compared = {rule};
            for (const auto& e : expected)
                compared.insert(std::get<2>(e));
            std::set<std::string, std::less<>> compared_evidence = {rule};
            for (const auto& e : expected_evidence)
                compared_evidence.insert(std::get<2>(e));
            const PlanResult loaded =
                check_plan(load_plan_text(file.string(), text), parse_settings(text));
            std::set<Expectation> actual;
            for (const auto& f : loaded.findings) {
                const RuleInfo* info = find_rule(f.rule);
                if (compared.count(f.rule) || (info && info->family == RuleFamily::structure)) {
                    actual.emplace(f.line, f.column, f.rule);
                }
            }
            std::set<Expectation> actual_evidence;
            for (const Evidence& e : loaded.evidence) {
                if (compared_evidence.count(e.rule))
                    actual_evidence.emplace(e.line, e.column, e.rule);
            }
            INFO("fixture: " << file.string() << "\nexpected:\n"
                             << show(expected) << "actual:\n"
                             << show(actual) << "expected evidence:\n"
                             << show(expected_evidence) << "actual evidence:\n"
                             << show(actual_evidence));
            CHECK(actual == expected);
            CHECK(actual_evidence == expected_evidence);
            const bool is_fail = file.filename().string().rfind("fail", 0) == 0;
            if (is_fail) {
                CHECK(std::any_of(expected.begin(), expected.end(),
                                  [&](const auto& e) { return std::get<2>(e) == rule; }));
            } else {
                CHECK(expected.empty());
            }
            ++checked;
        }
    }
    CHECK(checked >= 22);
}

TEST_CASE("every registered rule is documented and has failing and passing fixtures") {
    std::set<std::string_view> codes;
    std::set<std::string_view> names;
    for (const RuleInfo& rule : all_rules()) {
        INFO("rule " << rule.code << " " << rule.name);
        CHECK(codes.insert(rule.code).second);
        CHECK(names.insert(rule.name).second);
        CHECK(std::regex_match(std::string(rule.name), std::regex("[a-z][a-z0-9]*(-[a-z0-9]+)*")));
        CHECK(std::regex_match(std::string(rule.code), std::regex("[A-Z][0-9]{3}")));
        if (rule.family == RuleFamily::evidence || rule.family == RuleFamily::flow)
            check_examples(rule);
        CHECK(rule.summary.size() > 20);
        CHECK(rule.rationale.size() > 60);
        CHECK_FALSE(examples_of(rule).bad.empty());
        CHECK_FALSE(examples_of(rule).good.empty());
        CHECK(examples_of(rule).bad != examples_of(rule).good);
        CHECK(rule.help.size() > 10);
        const fs::path dir = fixture_root / std::string(rule.name);
        REQUIRE(fs::is_directory(dir));
        bool has_fail = false;
        bool has_pass = false;
        for (const fs::path& file : fixtures_of(dir)) {
            const std::string name = file.filename().string();
            has_fail = has_fail || name.rfind("fail", 0) == 0;
            has_pass = has_pass || name.rfind("pass", 0) == 0;
        }
        CHECK(has_fail);
        CHECK(has_pass);
    }
    for (const auto& dir : fs::directory_iterator(fixture_root)) {
        INFO("fixture folder " << dir.path().filename().string() << " names no registered rule");
        CHECK(find_rule(dir.path().filename().string()) != nullptr);
    }
}

TEST_CASE("rules are found by code and by name") {
    REQUIRE(find_rule("unknown-key"));
    CHECK(find_rule("unknown-key")->code == "S104");
    CHECK(find_rule("S104")->name == "unknown-key");
    CHECK(find_rule("no-such-rule") == nullptr);
    CHECK(all_rules()[0].name == "yaml-syntax");
}
