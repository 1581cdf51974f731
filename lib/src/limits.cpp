// SPDX-License-Identifier: MIT
#include <engage/load.hpp>

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cstdint>
#include <limits>

namespace engage {

namespace {

/// A whole number from 1 to `most`, written in decimal digits only.
std::optional<std::uintmax_t> parse_count(std::string_view text, std::uintmax_t most) {
    std::uintmax_t value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || stop != end || value == 0 || value > most)
        return std::nullopt;
    return value;
}

// Large enough for any real plan, small enough that no count overflows.
constexpr std::uintmax_t most_count = std::numeric_limits<std::uint32_t>::max();
// yaml-cpp stops at its own depth (about 2000 levels) with no place to report:
// keep engage's limit below it, so deep nesting is always reported where it happens.
constexpr std::uintmax_t most_depth = 1000;

struct LimitVariable {
    std::string_view name;
    std::uintmax_t most;
    void (*set)(LoadLimits&, std::uintmax_t);
};

const std::array<LimitVariable, 4> variables = {{
    {"ENGAGE_MAX_DEPTH", most_depth,
     [](LoadLimits& l, std::uintmax_t v) { l.max_depth = static_cast<std::size_t>(v); }},
    {"ENGAGE_MAX_ALIAS_NODES", most_count,
     [](LoadLimits& l, std::uintmax_t v) { l.max_alias_nodes = static_cast<std::size_t>(v); }},
    {"ENGAGE_MAX_FILE_BYTES", most_count,
     [](LoadLimits& l, std::uintmax_t v) { l.max_file_bytes = v; }},
    {"ENGAGE_MAX_FILES", most_count,
     [](LoadLimits& l, std::uintmax_t v) { l.max_files = static_cast<std::size_t>(v); }},
}};

} // namespace

const std::vector<std::string_view>& limit_variable_names() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> out;
        for (const auto& variable : variables)
            out.push_back(variable.name);
        return out;
    }();
    return names;
}

std::optional<std::string> apply_limit_variables(LoadLimits& limits, const VariableLookup& lookup) {
    LoadLimits updated = limits;
    for (const auto& variable : variables) {
        const std::string name(variable.name);
        const char* value = lookup(name.c_str());
        if (value == nullptr || *value == '\0')
            continue;
        const auto parsed = parse_count(value, variable.most);
        if (!parsed) {
            return fmt::format("{}: '{}' is not a whole number from 1 to {}", name, value,
                               variable.most);
        }
        variable.set(updated, *parsed);
    }
    limits = updated;
    return std::nullopt;
}

} // namespace engage
