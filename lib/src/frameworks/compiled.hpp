// SPDX-License-Identifier: MIT
// The built-in frameworks as constant tables, written at build time by
// lib/tools/compile_frameworks.cpp from what parse_framework read out of
// lib/frameworks/*.yaml, so no YAML is parsed at run time.
#pragma once

#include <engage/model.hpp>

#include <span>
#include <string_view>

namespace engage::detail {

struct CompiledIndicator {
    std::string_view id;
    std::string_view text;
    std::string_view checked;
    std::span<const std::string_view> rules;
    SourceLoc loc;
};

struct CompiledStandard {
    std::string_view key;
    std::string_view name;
    std::string_view statement;
    std::span<const CompiledIndicator> indicators;
    SourceLoc loc;
};

struct CompiledFramework {
    std::string_view listed_id; ///< the file's stem: the id users give
    std::string_view id;
    std::string_view name;
    std::string_view source;
    std::span<const CompiledStandard> standards;
    std::string_view path; ///< "<built-in>/ID.yaml", as parse_framework was given it
    std::string_view text; ///< the YAML text it was read from
};

/// Built-in frameworks, in the order they are listed to users (generated).
[[nodiscard]] std::span<const CompiledFramework> compiled_frameworks();

} // namespace engage::detail
