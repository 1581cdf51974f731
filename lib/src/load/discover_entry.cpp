// SPDX-License-Identifier: MIT
#include "discover_entry.hpp"

#include "../util/paths.hpp"
#include "rules/catalogue.hpp"

#include <engage/rules.hpp>

#include <fmt/format.h>

namespace engage::detail {

namespace fs = std::filesystem;

bool is_yaml_name(const fs::path& path) {
    const auto ext = path.extension().string();
    return ext == ".yaml" || ext == ".yml";
}

bool is_hidden(const fs::path& path) {
    const auto name = path.filename().string();
    return !name.empty() && name[0] == '.';
}

std::optional<fs::path> plan_file_in(const fs::path& dir) {
    std::error_code ec;
    for (const char* name : {"plan.yaml", "plan.yml"}) {
        if (fs::is_regular_file(dir / name, ec))
            return dir / name;
    }
    return std::nullopt;
}

Entry examine(const fs::path& path, bool named_by_user) {
    std::error_code ec;
    const auto link = fs::symlink_status(path, ec);
    if (ec || !fs::exists(link))
        return {Entry::missing, {}};
    const auto target = fs::status(path, ec);
    // A broken link matters when it could have been a plan file or folder, not a README.
    const bool could_matter = named_by_user || is_yaml_name(path) || path.extension().empty();
    if ((ec || !fs::exists(target)) && !could_matter)
        return {Entry::skip, {}};
    if (ec == std::errc::too_many_symbolic_link_levels)
        return {Entry::problem, "symbolic link loop: the link never reaches a file or folder"};
    if (fs::is_symlink(link) && (ec || !fs::exists(target))) {
        std::error_code read_ec;
        const auto to = fs::read_symlink(path, read_ec);
        return {Entry::problem,
                fmt::format("dangling symbolic link: its target '{}' does not exist",
                            read_ec ? std::string("?") : to.string())};
    }
    if (ec)
        return {Entry::problem, fmt::format("cannot read: {}", ec.message())};
    const bool wanted = named_by_user || is_yaml_name(path);
    if (fs::is_directory(target)) {
        if (is_yaml_name(path))
            return {Entry::problem, "is a folder, not a YAML file"};
        return {Entry::folder, {}};
    }
    if (!wanted)
        return {Entry::skip, {}};
    if (!fs::is_regular_file(target)) {
        return {Entry::problem, "is not a regular file (a named pipe, socket or device); "
                                "plans are plain text files"};
    }
    return {Entry::file, {}};
}

LoadedPlan too_big(const std::string& path, std::uintmax_t size, bool at_least,
                   const LoadLimits& limits) {
    LoadedPlan loaded;
    loaded.plan.path = path;
    loaded.plan.files.push_back(SourceFile{path, {}});
    loaded.findings.push_back(rules::make_finding(
        rules::yaml_syntax, path, 1, 1,
        fmt::format("the file is {}{:.1f} MiB, over the limit of {:.1f} MiB ({} bytes) for a "
                    "plan file",
                    at_least ? "more than " : "", static_cast<double>(size) / (1 << 20),
                    static_cast<double>(limits.max_file_bytes) / (1 << 20), limits.max_file_bytes),
        "Split the plan into a plan folder with several smaller files."));
    return loaded;
}

std::optional<fs::path> link_out_of(const fs::path& path, const fs::path& boundary) {
    std::error_code ec;
    if (boundary.empty() || !fs::is_symlink(fs::symlink_status(path, ec)))
        return std::nullopt;
    fs::path real = fs::canonical(path, ec);
    if (ec || is_inside(real, boundary))
        return std::nullopt;
    return real;
}

Finding link_out_of_plan_folder(const fs::path& path, const fs::path& target) {
    return rules::make_finding(
        rules::yaml_syntax, path.string(), 0, 0,
        fmt::format("is a symbolic link to '{}', outside the plan folder; engage does not "
                    "read it",
                    target.string()),
        "A plan folder holds its own files: copy the file in, or remove the link.");
}

} // namespace engage::detail
