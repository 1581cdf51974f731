// SPDX-License-Identifier: MIT
#include "shared_options.hpp"

namespace engage::rules {

const RuleOption feedback_days{
    .name = "feedback-days",
    .whole_number = true,
    .default_value = 90,
    .min = 0,
    .max = 3660,
    .summary = "days allowed, after an engagement, to tell those who took part what changed",
};

} // namespace engage::rules
