// SPDX-License-Identifier: MIT
// Inline suppression: `# engage: disable=rule[,rule]` on the offending line or
// the line above; `# engage: disable-file=rule[,rule]` anywhere in a file.
// Internal to the engine.
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/model.hpp>
#include <engage/settings.hpp>

#include <string>
#include <vector>

namespace engage::detail {

/// One rule named in a suppression comment.
struct Suppression {
    std::uint32_t file = 0;
    std::uint32_t line = 0;   ///< 1-based line of the comment
    std::uint32_t column = 0; ///< of the `#`
    bool whole_file = false;
    std::string rule;  ///< as written
    bool used = false; ///< it removed a finding
};

/// Removes suppressed findings from `findings`; returns every suppression the
/// plan's comments make, marked `used` where it removed one. (The rule
/// unused-suppression reports the rest.)
std::vector<Suppression> apply_suppressions(const Plan& plan, std::vector<Finding>& findings);

} // namespace engage::detail
