// SPDX-License-Identifier: MIT
// Reading plans: files, plan folders and collections (see engage-plan(5)).
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/model.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

/// Bounds that keep hostile input from hanging or exhausting the process.
struct LoadLimits {
    std::size_t max_depth = 64;            ///< nesting of mappings and lists
    std::size_t max_alias_nodes = 100'000; ///< nodes that aliases may add by repeating others
    std::uintmax_t max_file_bytes = 16u << 20;
    std::size_t max_files = 10'000; ///< plan files read in one run, across every path given
};

/// A plan as loaded, with the findings its files produced.
struct LoadedPlan {
    Plan plan;
    std::vector<Finding> findings;
    /// A single YAML file with none of a plan's top-level keys (a
    /// docker-compose.yml, a CI file): not a plan, so not checked, and without
    /// findings. Runs skip it and say so once (see is_plan_key).
    bool not_a_plan = false;
};

/// True for a key a plan file's top level may hold (engage, plan, partners,
/// groups, bodies...), or one a typing slip away from `engage`: a file with
/// any such key is a plan, broken or not, and keeps its errors.
[[nodiscard]] bool is_plan_key(std::string_view key);

/// An input that could not be read at all (exit status 2).
struct InputError {
    std::string path;
    std::string message;
};

struct LoadResult {
    std::vector<LoadedPlan> plans; ///< in the order paths were given, then by path
    std::vector<InputError> errors;
};

struct LoadOptions {
    LoadLimits limits;
    std::string stdin_name = "<stdin>"; ///< the name `-` is shown as
    /// Glob patterns of files and folders passed over, for each path given (as
    /// given): matched against an entry's name and its path relative to that
    /// path. They apply to what is found in folders; to the path itself only
    /// when `force_exclude` (see engage-config(5)).
    std::map<std::string, std::vector<std::string>> exclude;
    bool force_exclude = false;
};

/// True when `relative` (a path below a folder given, `/`-separated) matches
/// one of the glob `patterns` (fnmatch): a pattern holding a `/` is matched
/// against the whole path (`*` crosses `/`), any other against each part.
[[nodiscard]] bool is_excluded(std::string_view relative, const std::vector<std::string>& patterns);

/// Loads every plan found at `paths`: plan files, plan folders, collections, or
/// "-" for standard input. Never throws on bad input: problems become findings
/// (the file is readable) or InputErrors (it is not).
[[nodiscard]] LoadResult load_paths(const std::vector<std::string>& paths,
                                    const LoadOptions& options = {});

/// Loads a single-file plan from memory; `path` is used in findings.
[[nodiscard]] LoadedPlan load_plan_text(std::string path, std::string text,
                                        const LoadLimits& limits = {});

/// Loads a plan from several in-memory files (the first plays the role of plan.yaml).
[[nodiscard]] LoadedPlan load_plan_files(std::string plan_path, std::vector<SourceFile> files,
                                         const LoadLimits& limits = {});

/// Structural checks that need the whole plan: duplicate ids, unknown references.
[[nodiscard]] std::vector<Finding> check_references(const Plan& plan);

// ---- Finding plans without reading them: a batch run lists its plans first, then
// loads one at a time, so memory holds only the plans being worked on.

/// Where one plan is: a single-file plan, a plan folder, or standard input.
struct PlanSource {
    enum class Kind { file, folder, standard_input };
    Kind kind = Kind::file;
    std::string path; ///< as discovered ("-" for standard input)
};

struct PlanSources {
    std::vector<PlanSource> sources; ///< in the order load_paths would load them
    std::vector<InputError> errors;  ///< paths that do not exist, folders that cannot be listed
};

/// The plans at `paths`, found as load_paths finds them (plan files, plan
/// folders, collections, "-"), without reading any plan file.
[[nodiscard]] PlanSources discover_plans(const std::vector<std::string>& paths,
                                         const LoadOptions& options = {});

/// Loads the one plan at `source` (not the plan folders nested in it: those
/// are sources of their own). Never throws on bad input.
[[nodiscard]] LoadResult load_plan_source(const PlanSource& source,
                                          const LoadOptions& options = {});

// ---- Setting the loader's limits (LoadLimits) from environment variables, so that
// every command, and CI, can raise or lower them without new options.

/// Looks up a variable: returns its value, or nullptr when it is not set.
using VariableLookup = std::function<const char*(const char*)>;

/// The variables, in the order they are documented: ENGAGE_MAX_DEPTH,
/// ENGAGE_MAX_ALIAS_NODES, ENGAGE_MAX_FILE_BYTES, ENGAGE_MAX_FILES.
[[nodiscard]] const std::vector<std::string_view>& limit_variable_names();

/// Sets each limit whose variable is set (and not empty) to its value, a whole
/// number from 1 up. Returns a message naming the variable when a value is not
/// such a number; `limits` is then unchanged.
[[nodiscard]] std::optional<std::string> apply_limit_variables(LoadLimits& limits,
                                                               const VariableLookup& lookup);

// ---- Reading a plan as it was in an earlier revision of the git repository it
// lives in, straight from git's object store (no checkout). Runs the `git`
// program found on PATH, with an argument vector: no shell is involved.

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
