// SPDX-License-Identifier: MIT
// Where a plan may read from: real paths, containment and repositories.
// Internal. Plans, file names and repositories may be hostile, so every test
// here is on real paths (links resolved, `..` as the file system has it).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace engage::detail {

/// True when the real path `path` is `folder` or lies inside it (both real:
/// see std::filesystem::canonical). Compared component by component, so
/// `/a/bc` is not inside `/a/b`.
[[nodiscard]] bool is_inside(const std::filesystem::path& path,
                             const std::filesystem::path& folder);

/// The working tree of the git repository that holds the real folder `folder`:
/// the nearest folder at or above it with a `.git` entry.
[[nodiscard]] std::optional<std::filesystem::path>
enclosing_repository(const std::filesystem::path& folder);

/// True when a real path inside `folder` passes through a `.git` folder,
/// where a repository keeps its configuration (and, in CI, its credentials).
[[nodiscard]] bool is_in_git_folder(const std::filesystem::path& path,
                                    const std::filesystem::path& folder);

/// Where a file named by a plan (or by a configuration file) may be: inside the
/// repository holding `home_folder` (the nearest folder at or above it with
/// `.git`) but not in its `.git` folder, or, outside any repository, inside
/// `home_folder` itself. Every path is real: links and `..` are resolved before
/// the test, which is made whether the file exists or not (so a hostile plan
/// cannot probe what is outside). `owner` names who asks ("plan",
/// "configuration") in the reason. A reason to refuse the file, or nothing.
[[nodiscard]] std::optional<std::string> file_refused(const std::filesystem::path& home_folder,
                                                      const std::filesystem::path& file,
                                                      std::string_view owner);

} // namespace engage::detail
