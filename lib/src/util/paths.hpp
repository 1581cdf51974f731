// Where a plan may read from: real paths, containment and repositories.
// Internal. Plans, file names and repositories may be hostile, so every test
// here is on real paths (links resolved, `..` as the file system has it).
#pragma once

#include <filesystem>
#include <optional>

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

} // namespace engage::detail
