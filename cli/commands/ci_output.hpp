// SPDX-License-Identifier: MIT
// The output of validate and audit: the choice of format (GitHub annotations
// when running in GitHub Actions), printing a result in it, and the further
// outputs --output and --output-file write to files.
#pragma once

#include "validate.hpp"

#include <engage/engine.hpp>
#include <engage/render.hpp>

#include <span>
#include <string>
#include <string_view>

namespace CLI {
class Validator;
}

namespace engage::cli {

/// The format to print in: the one given with --format; else `github` when
/// the environment has GITHUB_ACTIONS=true (a GitHub Actions runner); else text.
[[nodiscard]] std::string chosen_format(const ValidateOptions& options);

/// Prints `result` in `format`, with paths from the root of the repository
/// engage runs in when the format needs them.
void render_findings_as(const FindingsFormat& format, const ValidateResult& result,
                        const TextStyle& style);

/// Checks an --output value: FORMAT=FILE, FORMAT one of `formats`, FILE not empty.
[[nodiscard]] CLI::Validator output_spec(std::span<const FindingsFormat> formats);

/// True when the run writes only standard output, in the order plans are
/// checked (so plain text can be printed plan by plan).
[[nodiscard]] bool standard_output_only(const ValidateOptions& options);

/// Writes every output of a finished run, each rendered from the one result:
/// each --output FORMAT=FILE, then the main format (`formats` chosen by
/// --format, or the statistics) to --output-file or standard output. Files are
/// written whole or not at all (a link at FILE is replaced, never followed),
/// and none over an input of the run. Returns 0, or 2 after saying why when
/// an output cannot be written (none is written when a destination is refused).
[[nodiscard]] int write_outputs(std::span<const FindingsFormat> formats,
                                const ValidateOptions& options, const ValidateResult& result);

} // namespace engage::cli
