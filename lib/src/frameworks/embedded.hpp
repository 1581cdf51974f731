// The framework files shipped inside the library (generated at build time).
#pragma once

#include <string_view>
#include <vector>

namespace engage::detail {

struct EmbeddedFile {
    std::string_view id;   ///< the file's stem, e.g. "national-standards"
    std::string_view text; ///< its YAML text
};

/// Built-in frameworks, in the order they are listed to users.
[[nodiscard]] const std::vector<EmbeddedFile>& embedded_frameworks();

} // namespace engage::detail
