// SPDX-License-Identifier: MIT
// Helpers shared by the unit tests.
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/load.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
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
        out.push_back(std::to_string(f.line) + ":" + std::to_string(f.column) + " " +
                      std::string(f.rule));
    return out;
}

/// A scratch folder under the build tree, emptied first.
inline std::filesystem::path scratch(const std::string& name) {
    const std::filesystem::path dir = std::filesystem::path(ENGAGE_BINARY_DIR) / "scratch" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

inline void write(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

/// The bytes of a file of the source tree, by its path from the top.
inline std::string read_source(const std::string& relative) {
    std::ifstream in(std::string(ENGAGE_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

inline LoadedPlan load(std::string text, const LoadLimits& limits = {}) {
    return load_plan_text("plan.yaml", std::move(text), limits);
}

/// "line:column" of the `nth` (0-based) occurrence of `needle` in `text`, which
/// must be ASCII (columns count bytes here, characters in the loader).
inline std::string where(std::string_view text, std::string_view needle, int nth = 0) {
    std::size_t at = text.find(needle);
    for (int i = 0; i < nth && at != std::string_view::npos; ++i)
        at = text.find(needle, at + 1);
    REQUIRE(at != std::string_view::npos);
    const std::string_view before = text.substr(0, at);
    const auto line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
    const std::size_t line_start = before.rfind('\n');
    const std::size_t column = line_start == std::string_view::npos ? at + 1 : at - line_start;
    return std::to_string(line) + ":" + std::to_string(column);
}

inline bool has_rule(const std::vector<Finding>& findings, const std::string& rule) {
    for (const auto& f : findings) {
        if (f.rule == rule)
            return true;
    }
    return false;
}

} // namespace engage::test
