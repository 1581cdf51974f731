// SPDX-License-Identifier: MIT
// Reading no more than a limit. Internal.
#pragma once

#include <cstdint>
#include <istream>
#include <string>

namespace engage::detail {

/// Appends at most `cap + 1` bytes of `in` to `text`, so an endless or huge
/// input cannot exhaust memory: more than `cap` bytes read means the input is
/// over the limit. False on a read error.
[[nodiscard]] bool read_bounded(std::istream& in, std::uintmax_t cap, std::string& text);

} // namespace engage::detail
