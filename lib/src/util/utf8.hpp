// SPDX-License-Identifier: MIT
// UTF-8 decoding shared by the byte scan, the JSON writer and the text renderer.
#pragma once

#include <cstddef>
#include <string_view>

namespace engage::detail {

/// Length in bytes of the valid UTF-8 sequence starting at `text[at]`, or 0 when
/// the bytes there are not valid UTF-8 (bad lead byte, missing continuation,
/// overlong form, surrogate, or beyond U+10FFFF).
[[nodiscard]] std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

} // namespace engage::detail
