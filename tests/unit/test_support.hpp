// Helpers shared by the unit tests.
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/load.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

// Show vectors of strings in failure messages instead of {?}.
namespace doctest {
template <> struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& values) {
        std::string out = "{";
        for (const auto& v : values)
            out += (out.size() > 1 ? ", \"" : "\"") + v + "\"";
        return String((out + "}").c_str());
    }
};
} // namespace doctest

namespace engage::test {

/// "line:column rule" for each finding, sorted: compact and exact to compare.
inline std::vector<std::string> places(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings)
        out.push_back(std::to_string(f.line) + ":" + std::to_string(f.column) + " " + f.rule);
    return out;
}

inline LoadedPlan load(std::string text, const LoadLimits& limits = {}) {
    return load_plan_text("plan.yaml", std::move(text), limits);
}

inline bool has_rule(const std::vector<Finding>& findings, const std::string& rule) {
    for (const auto& f : findings) {
        if (f.rule == rule)
            return true;
    }
    return false;
}

} // namespace engage::test
