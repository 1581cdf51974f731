// SPDX-License-Identifier: MIT
// A finding as JSON, shared by every JSON renderer. Internal.
#pragma once

#include "render/shared/json_writer.hpp"

#include <engage/assessment.hpp>
#include <engage/diagnostic.hpp>
#include <engage/engine.hpp>

#include <optional>
#include <vector>

namespace engage::detail {

/// Writes one finding as the output contract of FORMAT.md has it: rule,
/// severity, message, file, line, column, standard (when the rule serves one), help.
void write_finding(JsonWriter& json, const Finding& f);

/// The `standards` array of FORMAT.md: each standard with its indicators, their
/// evidence and, given the plan's `findings`, the findings against each.
void write_standards(JsonWriter& json, const Assessment& assessment,
                     const std::vector<Finding>* findings = nullptr);

/// The `summary` object of validate's and audit's JSON: plans, files and
/// findings by severity. One writer, so the two cannot drift apart.
void write_summary(JsonWriter& json, const ValidateResult& result);

/// The assessment of several plans at once: one plan's own (self-scores
/// dropped), or for plans held against the same framework each standard and
/// indicator at the lowest status any plan reached. Null entries are skipped.
[[nodiscard]] std::optional<Assessment>
overall_assessment(const std::vector<const Assessment*>& plans);

} // namespace engage::detail
