// SPDX-License-Identifier: MIT
// Reads one parsed file into a Plan: the top level, the plan section and the
// list sections. Internal to the loader.
#pragma once

#include "value_reader.hpp"

#include <engage/model.hpp>

namespace engage::detail {

/// Appends what one file says to `plan`. Returns false when the file's top
/// level could not be read (not a mapping, unknown format version).
bool read_plan_file(Plan& plan, ValueReader& reader, const YamlTree& tree);

} // namespace engage::detail
