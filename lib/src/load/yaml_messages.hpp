// SPDX-License-Identifier: MIT
// Plain words for what yaml-cpp reports. Internal to the loader.
#pragma once

#include "source_text.hpp"
#include "yaml_tree.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace engage::detail {

struct SyntaxMessage {
    std::string message;
    std::string help;
};

/// yaml-cpp's terse parser messages, the common ones in plainer words.
[[nodiscard]] std::string describe_parser_error(const std::string& message);

/// What a second document starting at `at` really is. yaml-cpp starts one at a
/// `---` line and after a `...` line, but also wherever the first document's
/// top-level node (`root`, or null) ended before the text did: a line indented
/// less than it should be, with no `---` to remove.
[[nodiscard]] SyntaxMessage second_document_message(std::string_view text, const LineIndex& lines,
                                                    std::size_t at, const YamlNode* root);

} // namespace engage::detail
