// SPDX-License-Identifier: MIT
// Options that more than one rule takes. An option only one rule takes is
// defined in that rule's file.
#pragma once

#include <engage/rules.hpp>

namespace engage::rules {

/// feedback-days: the days allowed, after an engagement, to tell those who
/// took part what changed.
extern const RuleOption feedback_days;

} // namespace engage::rules
