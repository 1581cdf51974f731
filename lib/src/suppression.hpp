// Inline suppression: `# engage: disable=rule[,rule]` on the offending line or
// the line above; `# engage: disable-file=rule[,rule]` anywhere in a file.
// Internal to the engine.
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/model.hpp>
#include <engage/settings.hpp>

#include <vector>

namespace engage::detail {

/// Removes suppressed findings from `findings` and adds an unused-suppression
/// finding for every suppression that matched nothing or names no rule.
/// Suppressions of rules that are not enabled are neither used nor reported.
void apply_suppressions(const Plan& plan, const RuleSelection& selection,
                        std::vector<Finding>& findings);

} // namespace engage::detail
