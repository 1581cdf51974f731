// SPDX-License-Identifier: MIT
// The built-in frameworks are compiled at build time (lib/tools/compile_frameworks.cpp);
// what the program holds must be exactly what parse_framework reads from the same YAML.
#include "test_support.hpp"

#include <engage/framework.hpp>
#include <engage/rules.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using namespace engage;

namespace {

void check_same_loc(const SourceLoc& built, const SourceLoc& parsed) {
    CHECK(built.file == parsed.file);
    CHECK(built.line == parsed.line);
    CHECK(built.column == parsed.column);
}

void check_same(const Framework& built, const Framework& parsed) {
    CHECK(built.id == parsed.id);
    CHECK(built.name == parsed.name);
    CHECK(built.source == parsed.source);
    CHECK(built.file.path == parsed.file.path);
    CHECK(built.file.text == parsed.file.text);
    REQUIRE(built.standards.size() == parsed.standards.size());
    for (std::size_t s = 0; s < built.standards.size(); ++s) {
        const Standard& bs = built.standards[s];
        const Standard& ps = parsed.standards[s];
        INFO(ps.key);
        CHECK(bs.key == ps.key);
        CHECK(bs.name == ps.name);
        CHECK(bs.statement == ps.statement);
        check_same_loc(bs.loc, ps.loc);
        REQUIRE(bs.indicators.size() == ps.indicators.size());
        for (std::size_t i = 0; i < bs.indicators.size(); ++i) {
            const Indicator& bi = bs.indicators[i];
            const Indicator& pi = ps.indicators[i];
            INFO(pi.id);
            CHECK(bi.id == pi.id);
            CHECK(bi.text == pi.text);
            CHECK(bi.checked == pi.checked);
            // The National Standards take their rules from the rules' own declarations
            // (checked below); the file lists none.
            if (built.id == default_framework_id)
                CHECK(pi.rules.empty());
            else
                CHECK(bi.rules == pi.rules);
            check_same_loc(bi.loc, pi.loc);
        }
    }
}

} // namespace

TEST_CASE("each built-in framework is, field by field, what parse_framework reads") {
    const auto ids = builtin_framework_ids();
    REQUIRE_FALSE(ids.empty());
    for (const auto& id : ids) {
        INFO(id);
        const auto built = builtin_framework(id);
        REQUIRE(built);
        CHECK(built->file.path == "<built-in>/" + id + ".yaml");
        const FrameworkLoad parsed = parse_framework(built->file.path, built->file.text);
        CHECK(test::places(parsed.findings).empty());
        REQUIRE(parsed.framework);
        check_same(*built, *parsed.framework);
        // Built once: every caller shares the same immutable framework.
        CHECK(builtin_framework(id) == built);
    }
}

TEST_CASE("the built-in frameworks hold the text of the files they were compiled from") {
    for (const auto& id : builtin_framework_ids()) {
        INFO(id);
        CHECK(builtin_framework(id)->file.text ==
              test::read_source("lib/frameworks/" + id + ".yaml"));
    }
}

TEST_CASE("the National Standards take each indicator's rules from the rules that declare it") {
    const auto framework = builtin_framework(default_framework_id);
    REQUIRE(framework);
    std::set<std::string> ids;
    for (const Standard& standard : framework->standards) {
        for (const Indicator& indicator : standard.indicators) {
            ids.insert(indicator.id);
            std::vector<std::string> declared;
            for (const RuleInfo& rule : all_rules()) {
                if (std::find(rule.indicators.begin(), rule.indicators.end(), indicator.id) !=
                    rule.indicators.end())
                    declared.emplace_back(rule.name);
            }
            INFO(indicator.id);
            CHECK(indicator.rules == declared);
        }
    }
    for (const RuleInfo& rule : all_rules()) {
        for (std::string_view id : rule.indicators) {
            INFO(rule.name << " declares " << id);
            CHECK(ids.count(std::string(id)) == 1);
        }
    }
}
