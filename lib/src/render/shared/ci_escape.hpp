// SPDX-License-Identifier: MIT
// Escaping plan text for the CI formats. Internal to the renderers.
#pragma once

#include <string>
#include <string_view>

namespace engage::detail {

/// Text for XML 1.0 element content, or for a double-quoted attribute when
/// `attribute`: first printable() (control characters shown as escapes,
/// invalid UTF-8 as U+FFFD), then & < > " ' as entities; in attributes tab,
/// CR and LF as character references (a parser would turn them into spaces);
/// everywhere a CR as a reference, so it survives line-end normalisation.
/// U+FFFE and U+FFFF, which XML 1.0 cannot hold, are removed.
[[nodiscard]] std::string xml_text(std::string_view text, bool attribute = false);

/// The message of a GitHub workflow command: printable(), then %, CR and LF
/// percent-encoded, so no line of it can start a command of its own.
[[nodiscard]] std::string github_data(std::string_view text);

/// A property value of a GitHub workflow command (file=, title=...): as
/// `github_data`, and also `:` and `,`, which would end the value.
[[nodiscard]] std::string github_property(std::string_view text);

} // namespace engage::detail
