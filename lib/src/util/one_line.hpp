// SPDX-License-Identifier: MIT
// Plan text on one line, for tables and lists. Internal.
#pragma once

#include <string>
#include <string_view>

namespace engage::detail {

/// `text` with line breaks, tabs and runs of spaces made single spaces, and
/// no space at either end (folded YAML leaves a line break at the end).
[[nodiscard]] std::string one_line(std::string_view text);

} // namespace engage::detail
