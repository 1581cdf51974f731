// SPDX-License-Identifier: MIT
// The start of every self-contained HTML page engage writes. Internal.
#pragma once

#include <ostream>
#include <string_view>

namespace engage::detail {

/// `<!DOCTYPE html>` to `<main>`: lang="en", UTF-8, a Content-Security-Policy
/// that allows only the inline `style` (no script, nothing fetched), the
/// viewport of a phone, and `title` (escaped here).
void html_page_start(std::ostream& out, std::string_view title, std::string_view style);

/// `</main>` to `</html>`.
void html_page_end(std::ostream& out);

} // namespace engage::detail
