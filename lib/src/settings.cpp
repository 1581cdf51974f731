// SPDX-License-Identifier: MIT
#include <engage/settings.hpp>

#include <algorithm>

namespace engage {

bool RuleSelection::enabled(std::string_view rule) const {
    if (std::find(ignore.begin(), ignore.end(), rule) != ignore.end())
        return false;
    return select.empty() || std::find(select.begin(), select.end(), rule) != select.end();
}

std::optional<Severity> RuleSelection::severity_of(std::string_view rule) const {
    std::optional<Severity> found;
    for (const auto& [name, level] : severity) {
        if (name == rule)
            found = level; // the last setting wins
    }
    return found;
}

std::vector<std::string> Settings::default_exclude() {
    return {"build", "dist", "node_modules", "vendor"};
}

} // namespace engage
