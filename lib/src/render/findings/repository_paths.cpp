// SPDX-License-Identifier: MIT
// Paths from the root of the repository, as CI services name files.
#include <engage/render.hpp>

#include <system_error>

namespace engage {

RepositoryPaths find_repository_paths() {
    std::error_code error;
    RepositoryPaths paths;
    paths.working_directory = std::filesystem::current_path(error);
    if (error)
        return {};
    paths.repository_root = paths.working_directory;
    for (std::filesystem::path dir = paths.working_directory;; dir = dir.parent_path()) {
        // `.git` is a folder in a clone, a file in a worktree or a submodule.
        if (std::filesystem::exists(dir / ".git", error)) {
            paths.repository_root = dir;
            break;
        }
        if (dir == dir.root_path() || dir.parent_path() == dir)
            break;
    }
    return paths;
}

std::string repository_path(const RepositoryPaths& paths, std::string_view file) {
    const std::filesystem::path given{std::string(file)};
    if (file.empty() || paths.working_directory.empty() || paths.repository_root.empty())
        return given.lexically_normal().generic_string();
    const std::filesystem::path absolute =
        (given.is_absolute() ? given : paths.working_directory / given).lexically_normal();
    const std::filesystem::path relative = absolute.lexically_relative(paths.repository_root);
    if (relative.empty() || *relative.begin() == "..")
        return absolute.generic_string();
    return relative.generic_string();
}

} // namespace engage
