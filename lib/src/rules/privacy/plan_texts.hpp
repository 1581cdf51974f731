// SPDX-License-Identifier: MIT
// Every piece of free text a plan holds, for checks that read all of it.
#pragma once

#include <engage/model.hpp>

#include <functional>

namespace engage::rules {

/// Calls `visit` with every Text of the plan, and every item of every TextList,
/// section by section in the order the model declares them.
void for_each_text(const Plan& plan, const std::function<void(const Text&)>& visit);

} // namespace engage::rules
