// A finding as JSON, shared by every JSON renderer. Internal.
#pragma once

#include "json_writer.hpp"

#include <engage/diagnostic.hpp>

namespace engage::detail {

/// Writes one finding as the output contract of FORMAT.md has it: rule,
/// severity, message, file, line, column, standard (when the rule serves one), help.
void write_finding(JsonWriter& json, const Finding& f);

} // namespace engage::detail
