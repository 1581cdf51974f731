// Turning a plan's findings into a standards assessment. Internal to the engine.
#pragma once

#include <engage/assessment.hpp>
#include <engage/diagnostic.hpp>
#include <engage/framework.hpp>
#include <engage/model.hpp>
#include <engage/settings.hpp>

#include <map>
#include <string>
#include <vector>

namespace engage::detail {

/// For each rule that ran: whether the plan held anything it applies to.
using Applicability = std::map<std::string, bool, std::less<>>;

/// Assesses `plan` against `framework`. An indicator is met when every enabled
/// rule evidencing it passes (at least one with something to check), partly
/// when some do, not met when none do; with no enabled rule it is judged from
/// the plan's own `standards:` evidence. A standard is met when all its
/// indicators are, partly when any is met or partly, not met otherwise.
[[nodiscard]] Assessment assess(const Framework& framework, const Plan& plan,
                                const std::vector<Finding>& findings,
                                const Applicability& applicability, const RuleSelection& selection);

} // namespace engage::detail
