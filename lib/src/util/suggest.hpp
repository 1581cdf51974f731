// SPDX-License-Identifier: MIT
// "Did you mean" suggestions for misspelt keys, values and ids.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engage::detail {

/// Edit distance (insertions, deletions, substitutions, adjacent swaps).
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, if it is close enough to be a likely typo.
[[nodiscard]] std::optional<std::string>
closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

/// "a, b or c" for messages.
[[nodiscard]] std::string join_alternatives(const std::vector<std::string_view>& values);

} // namespace engage::detail
