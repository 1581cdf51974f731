#include "paths.hpp"

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

} // namespace engage::detail
