// Setting the loader's limits (LoadLimits) from environment variables, so that
// every command, and CI, can raise or lower them without new options.
#pragma once

#include <engage/load.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

/// Looks up a variable: returns its value, or nullptr when it is not set.
using VariableLookup = std::function<const char*(const char*)>;

/// The variables, in the order they are documented: ENGAGE_MAX_DEPTH,
/// ENGAGE_MAX_ALIAS_NODES, ENGAGE_MAX_FILE_BYTES, ENGAGE_MAX_FILES.
[[nodiscard]] const std::vector<std::string_view>& limit_variable_names();

/// Sets each limit whose variable is set (and not empty) to its value, a whole
/// number from 1 up. Returns a message naming the variable when a value is not
/// such a number; `limits` is then unchanged.
[[nodiscard]] std::optional<std::string> apply_limit_variables(LoadLimits& limits,
                                                               const VariableLookup& lookup);

} // namespace engage
