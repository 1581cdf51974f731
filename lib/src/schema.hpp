// SPDX-License-Identifier: MIT
// The JSON Schema of plan files (schemas/engage-plan.schema.json), shipped
// inside the library so a program can hand it to an editor or a validator.
#pragma once

#include <string_view>

namespace engage {

/// The schema's text, exactly as in schemas/engage-plan.schema.json.
[[nodiscard]] std::string_view plan_schema_json();

} // namespace engage
