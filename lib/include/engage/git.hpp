// Reading a plan as it was in an earlier revision of the git repository it
// lives in, straight from git's object store (no checkout). Runs the `git`
// program found on PATH, with an argument vector: no shell is involved.
#pragma once

#include <engage/load.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

/// Git could not give what was asked (no repository, bad revision, no such
/// path, git missing). `what()` says why in plain words, with git's own reason.
class GitError : public Error {
public:
    using Error::Error;
};

/// `REV:PATH`, split at its first colon.
struct RevisionPath {
    std::string revision;
    std::string path;
};

/// Reads `text` as `REV:PATH` when it is not an existing file or folder and
/// has a colon with text on both sides; otherwise it is a plain path (nullopt).
[[nodiscard]] std::optional<RevisionPath> parse_revision_path(std::string_view text);

/// The plan file or plan folder at `where.path` (relative to the current
/// folder, or absolute) as it was in `where.revision` of the repository that
/// path is in. Files are named `REV:PATH` (and `REV:PATH/fragment.yaml`) in
/// findings. Throws GitError.
[[nodiscard]] LoadedPlan load_plan_at_revision(const RevisionPath& where,
                                               const LoadLimits& limits = {});

namespace git {

/// What a finished `git` run gave back.
struct Output {
    int status = 0;      ///< exit status; 127 when git could not be started
    bool started = true; ///< false: git could not be run at all (`err` says why)
    bool too_much =
        false; ///< it wrote more than `max_out` bytes: `out` holds the first max_out + 1
    std::string out;
    std::string err; ///< at most the first 64 KiB
};

/// Runs `git ARGS...` (no shell) and collects its output and errors, reading
/// no more than `max_out` + 1 bytes of output: past that git is stopped and
/// `too_much` set. Git never fetches for it: GIT_NO_LAZY_FETCH=1 (a partial
/// clone's missing objects are not fetched, so no remote helper or
/// core.sshCommand runs), GIT_ALLOW_PROTOCOL empty (no transport at all) and
/// GIT_TERMINAL_PROMPT=0 are set in its environment. Throws GitError only when
/// no process could be created at all.
[[nodiscard]] Output run(const std::vector<std::string>& args,
                         std::size_t max_out = static_cast<std::size_t>(-1));

} // namespace git

} // namespace engage
