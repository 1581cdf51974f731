// SPDX-License-Identifier: MIT
// The output of validate and audit: the choice of format (GitHub annotations
// when running in GitHub Actions) and printing a result in it.
#pragma once

#include "validate.hpp"

#include <engage/engine.hpp>
#include <engage/render.hpp>

#include <string>
#include <string_view>

namespace engage::cli {

/// The format to print in: the one given with --format; else `github` when
/// the environment has GITHUB_ACTIONS=true (a GitHub Actions runner); else text.
[[nodiscard]] std::string chosen_format(const ValidateOptions& options);

/// Prints `result` in `format`, with paths from the root of the repository
/// engage runs in when the format needs them.
void render_findings_as(const FindingsFormat& format, const ValidateResult& result,
                        const TextStyle& style);

} // namespace engage::cli
