// SPDX-License-Identifier: MIT
// How deep a TOML text nests, measured before toml++ sees it: toml++ builds
// one table per part of a dotted key or table header, recursively, and a
// few tens of thousands of parts overflow the stack. Internal to config.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace engage::detail {

/// Where a TOML text first nests deeper than allowed.
struct TomlTooDeep {
    std::uint32_t line = 0;
    std::uint32_t column = 0; ///< in characters, from 1
};

/// Scans `text` (without building anything, and without recursion) for the
/// deepest nesting of tables, dotted keys, arrays and inline tables: a table
/// header `[a.b.c]` is 3 levels, a key `x.y = ...` under it 2 more, and each
/// array or inline table the value opens one more. Returns the place where
/// that first goes past `max_depth`, or none. Text that is not TOML is
/// scanned as far as it can be; toml++ reports what is wrong with it.
[[nodiscard]] std::optional<TomlTooDeep> find_toml_too_deep(std::string_view text,
                                                            std::size_t max_depth);

} // namespace engage::detail
