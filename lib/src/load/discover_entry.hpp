// SPDX-License-Identifier: MIT
// What one path met in discovery is, looked at without opening it, and the
// findings for paths that are not read. Internal to the loader (discover.cpp).
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/load.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace engage::detail {

[[nodiscard]] bool is_yaml_name(const std::filesystem::path& path);
[[nodiscard]] bool is_hidden(const std::filesystem::path& path);

/// The plan.yaml (or plan.yml) of a plan folder, if `dir` is one.
[[nodiscard]] std::optional<std::filesystem::path> plan_file_in(const std::filesystem::path& dir);

/// What a path is, looked at without opening it (opening a named pipe would block).
struct Entry {
    enum Kind { file, folder, missing, skip, problem } kind = missing;
    std::string problem_message; ///< for `problem`: why it cannot be read
};

/// `named_by_user`: given on the command line, rather than met in a folder.
[[nodiscard]] Entry examine(const std::filesystem::path& path, bool named_by_user);

/// A finding for a file over the size limit; `size` is a lower bound when `at_least`.
[[nodiscard]] LoadedPlan too_big(const std::string& path, std::uintmax_t size, bool at_least,
                                 const LoadLimits& limits);

/// The real path of `path` when it is a symbolic link whose target lies outside
/// the real folder `boundary`: a plan in a hostile tree could otherwise have engage
/// read, and quote in its findings, any file the user can read. Links inside, and
/// links that lead nowhere (reported as such elsewhere), give nothing.
[[nodiscard]] std::optional<std::filesystem::path>
link_out_of(const std::filesystem::path& path, const std::filesystem::path& boundary);

/// The finding for a link out of a plan folder, which is not read.
[[nodiscard]] Finding link_out_of_plan_folder(const std::filesystem::path& path,
                                              const std::filesystem::path& target);

} // namespace engage::detail
