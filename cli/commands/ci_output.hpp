// The CI formats of validate and audit (SARIF, GitHub annotations, JUnit,
// GitLab Code Quality), and the choice of format when running in GitHub Actions.
#pragma once

#include "validate.hpp"

#include <engage/engine.hpp>

#include <string>
#include <string_view>

namespace engage::cli {

/// The formats validate and audit accept, the CI ones last.
inline constexpr std::string_view check_formats[] = {"text",   "concise", "json",  "sarif",
                                                     "github", "junit",   "gitlab"};

/// The format to print in: the one given with --format; else `github` when
/// the environment has GITHUB_ACTIONS=true (a GitHub Actions runner); else text.
[[nodiscard]] std::string chosen_format(const ValidateOptions& options);

/// Prints `result` in `format` when it is a CI format, with paths from the
/// root of the repository engage runs in; returns false for any other format.
[[nodiscard]] bool render_ci_format(std::string_view format, const ValidateResult& result);

} // namespace engage::cli
