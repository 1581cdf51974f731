// SPDX-License-Identifier: MIT
// The rule catalogue holds together: one sorted list, each line naming a rule
// defined in its own file under its own name, with docs and fixtures.
#include "rules/catalogue.hpp"

#include <engage/rules.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <string>

namespace fs = std::filesystem;
using namespace engage;

namespace {

/// The file under lib/src/rules/<family>/ named after `identifier`, if there is one.
std::optional<fs::path> rule_file(std::string_view identifier) {
    const fs::path root = fs::path(ENGAGE_SOURCE_DIR) / "lib" / "src" / "rules";
    for (const auto& family : fs::directory_iterator(root)) {
        const fs::path candidate = family.path() / (std::string(identifier) + ".cpp");
        if (family.is_directory() && fs::exists(candidate))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("each line of the rule list names a rule defined in its own file") {
    std::set<std::string_view> identifiers;
    for (const rules::ListedRule& line : rules::listed_rules()) {
        const RuleInfo& rule = line.definition->info;
        INFO("rule_list.inc: " << line.code << " " << line.identifier);
        CHECK(line.code == rule.code);
        std::string kebab(line.identifier);
        std::replace(kebab.begin(), kebab.end(), '_', '-');
        CHECK(kebab == rule.name);
        CHECK(identifiers.insert(line.identifier).second);
        CHECK(rule_file(line.identifier).has_value());
    }
    CHECK(rules::listed_rules().size() == all_rules().size());
}

TEST_CASE("every rule file under lib/src/rules is in the rule list") {
    const fs::path root = fs::path(ENGAGE_SOURCE_DIR) / "lib" / "src" / "rules";
    std::set<std::string> listed;
    for (const rules::ListedRule& line : rules::listed_rules())
        listed.insert(std::string(line.identifier));
    for (const auto& family : fs::directory_iterator(root)) {
        if (!family.is_directory())
            continue;
        for (const auto& file : fs::directory_iterator(family.path())) {
            const std::string text = file.path().filename().string();
            if (file.path().extension() != ".cpp")
                continue;
            // A rule file starts with its code and name; helpers (personal_data_scan.cpp) do not.
            std::ifstream in(file.path());
            std::string first;
            std::getline(in, first);
            const bool defines_rule = first.size() > 8 && first.starts_with("// ") &&
                                      std::isupper(static_cast<unsigned char>(first[3])) &&
                                      std::isdigit(static_cast<unsigned char>(first[4]));
            if (!defines_rule)
                continue;
            INFO(file.path().string());
            CHECK(listed.count(file.path().stem().string()) == 1);
        }
    }
}

TEST_CASE("the rule list is in family order, codes ascending") {
    // rule_list.inc is also checked when it is compiled; this says which line is out of place.
    const std::string order = "SFEMP";
    const auto listed = rules::listed_rules();
    for (std::size_t i = 1; i < listed.size(); ++i) {
        const auto a = listed[i - 1].code;
        const auto b = listed[i].code;
        INFO(a << " before " << b);
        const auto ra = order.find(a[0]);
        const auto rb = order.find(b[0]);
        CHECK((ra < rb || (ra == rb && a < b)));
    }
}

TEST_CASE("options: each has a name, a range that holds its default, and a summary") {
    std::set<std::string_view> names;
    for (const RuleOption* option : all_options()) {
        INFO(option->name);
        CHECK(names.insert(option->name).second);
        CHECK(option->min <= option->default_value);
        CHECK(option->default_value <= option->max);
        CHECK(option->summary.size() > 20);
        CHECK_FALSE(rules_using(*option).empty());
        CHECK(find_option(option->name) == option);
    }
    CHECK(find_option("no-such-option") == nullptr);
}

TEST_CASE("option values keep their defaults until set") {
    const RuleOption* days = find_option("feedback-days");
    REQUIRE(days != nullptr);
    OptionValues values;
    CHECK(values.value_of(*days) == days->default_value);
    CHECK_FALSE(values.given("feedback-days").has_value());
    values.set(*days, 30);
    values.set(*days, 45);
    CHECK(values.value_of(*days) == 45);
    CHECK(values.given("feedback-days") == 45);
}

TEST_CASE("engage-config(5) documents every option with its range and default") {
    std::ifstream in(fs::path(ENGAGE_SOURCE_DIR) / "man" / "engage-config.5");
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE_FALSE(page.empty());
    for (const RuleOption* option : all_options()) {
        std::string troff_name;
        for (char c : option->name)
            troff_name += c == '-' ? std::string("\\-") : std::string(1, c);
        INFO(option->name);
        const auto at = page.find(".BR " + troff_name + " \"");
        REQUIRE(at != std::string::npos);
        const std::string entry = page.substr(at, page.find('\n', at) - at);
        CHECK(entry.find(fmt::format("default: \\fB{}\\fR", option->default_value)) !=
              std::string::npos);
        CHECK(entry.find(fmt::format("{:g} to {:g}", option->min, option->max)) !=
              std::string::npos);
    }
}

TEST_CASE("the audit's rules: structure, flow and unused suppressions, narrowed by a selection") {
    const std::vector<std::string> all = flow_audit_selection({});
    CHECK(std::find(all.begin(), all.end(), "orphan-forum") != all.end());
    CHECK(std::find(all.begin(), all.end(), "unused-suppression") != all.end());
    CHECK(std::find(all.begin(), all.end(), "self-assessment-overrated") == all.end());
    for (const std::string& name : all)
        CHECK(in_flow_audit(*find_rule(name)));

    const std::vector<std::string> by_code_and_name{"F201", "self-assessment-overrated"};
    CHECK(flow_audit_selection(by_code_and_name) == std::vector<std::string>{"orphan-forum"});
    const std::vector<std::string> outside{"self-assessment-overrated"};
    CHECK(flow_audit_selection(outside).empty());
}

TEST_CASE("the audit's rules can be chosen by code prefix") {
    const std::vector<std::string> flow_family{"F2"};
    const std::vector<std::string> chosen = flow_audit_selection(flow_family);
    CHECK(std::find(chosen.begin(), chosen.end(), "orphan-forum") != chosen.end());
    for (const std::string& name : chosen)
        CHECK(find_rule(name)->code.starts_with("F2"));
}
