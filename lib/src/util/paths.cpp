// SPDX-License-Identifier: MIT
#include "paths.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace engage::detail {

namespace fs = std::filesystem;

bool is_inside(const fs::path& path, const fs::path& folder) {
    auto at = path.begin();
    for (auto part = folder.begin(); part != folder.end(); ++part, ++at) {
        if (part->empty() && std::next(part) == folder.end())
            break; // a trailing separator: `/a/b/` is the folder `/a/b`
        if (at == path.end() || *at != *part)
            return false;
    }
    return true;
}

std::optional<fs::path> enclosing_repository(const fs::path& folder) {
    std::error_code ec;
    for (fs::path dir = folder;; dir = dir.parent_path()) {
        if (fs::exists(dir / ".git", ec))
            return dir;
        if (dir == dir.root_path() || !dir.has_parent_path() || dir.parent_path() == dir)
            return std::nullopt;
    }
}

bool is_in_git_folder(const fs::path& path, const fs::path& folder) {
    const fs::path inner = path.lexically_relative(folder);
    return std::any_of(inner.begin(), inner.end(),
                       [](const fs::path& part) { return part == ".git"; });
}

std::optional<std::string> file_refused(const std::filesystem::path& home_folder,
                                        const std::filesystem::path& file, std::string_view owner) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path real_file = fs::weakly_canonical(fs::absolute(file, ec), ec);
    if (ec)
        return std::string("cannot be resolved");
    const fs::path home = fs::canonical(home_folder.empty() ? fs::path(".") : home_folder, ec);
    if (ec) { // a plan read from a git revision has no folder on disk
        return fs::exists(file, ec)
                   ? std::optional<std::string>(fmt::format("is not in the {}'s folder", owner))
                   : std::nullopt;
    }
    const auto repository = enclosing_repository(home);
    const fs::path allowed = repository.value_or(home);
    if (!is_inside(real_file, allowed)) {
        return fmt::format("is outside the {0}'s {1}, and a {0} reads files only inside its {1}",
                           owner, repository ? "repository" : "folder");
    }
    if (is_in_git_folder(real_file, allowed))
        return std::string("is inside the repository's .git folder, which holds no framework");
    return std::nullopt;
}

} // namespace engage::detail
