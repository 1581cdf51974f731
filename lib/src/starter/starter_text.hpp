// SPDX-License-Identifier: MIT
// The text of a new plan folder's files, with @NAME@ marks for the values
// starter_plan.cpp fills in.
#pragma once

#include <string_view>

namespace engage::detail {

extern const std::string_view starter_plan_yaml;
extern const std::string_view starter_config_toml;

} // namespace engage::detail
