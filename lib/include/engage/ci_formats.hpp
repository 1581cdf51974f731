// Findings for continuous integration: SARIF for code scanning, GitHub workflow
// annotations, JUnit XML and GitLab Code Quality. Each renders one finished
// result; none reads a file.
#pragma once

#include <engage/engine.hpp>

#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>

namespace engage {

/// Where a run happened, so that CI formats can name files relative to the
/// root of the repository (as code scanning and merge requests expect) rather
/// than to the folder engage was started in. Both empty: paths are used as given.
struct RepositoryPaths {
    std::filesystem::path working_directory; ///< absolute; what relative paths are relative to
    std::filesystem::path repository_root;   ///< absolute; what CI paths are relative to
};

/// The current directory and the nearest folder at or above it that holds
/// `.git` (a folder, or the file git leaves in worktrees and submodules);
/// without one, the current directory is the root.
[[nodiscard]] RepositoryPaths find_repository_paths();

/// `file` (as a finding names it) relative to the repository root, with `/`
/// separators. A file outside the root keeps its absolute path.
[[nodiscard]] std::string repository_path(const RepositoryPaths& paths, std::string_view file);

/// SARIF 2.1.0, one run, as GitHub code scanning accepts it: the whole rule
/// registry under `tool.driver.rules` (id: the stable code such as `S104`;
/// name: the kebab-case name), then one result per finding, located relative
/// to `%SRCROOT%` (the repository root) with columns in UTF-16 code units,
/// and a line-independent fingerprint.
void render_sarif(std::ostream& out, const ValidateResult& result, const RepositoryPaths& paths);

/// GitHub Actions workflow commands, one `::error|warning|notice` line per
/// finding, with file, line, column and a title naming the rule; data and
/// properties escaped as the workflow-command syntax requires.
void render_github(std::ostream& out, const ValidateResult& result, const RepositoryPaths& paths);

/// JUnit XML for GitLab and Jenkins: a test suite per plan and a test case per
/// rule that ran on it. A case fails when its rule has findings at the plan's
/// failing level; findings below it are listed as the case's output.
/// Unreadable inputs are a suite of their own, each an error.
void render_junit(std::ostream& out, const ValidateResult& result, const RepositoryPaths& paths);

/// GitLab Code Quality JSON: an array with one issue per finding. Severity:
/// info is `info`, warning `minor`, error `major`, and a file that cannot be
/// read at all (`yaml-syntax`, `bad-version`) `blocker`. Fingerprints hash the
/// rule, path, message and the occurrence of that triple, not the line, so
/// moving a finding does not make it new.
void render_gitlab(std::ostream& out, const ValidateResult& result, const RepositoryPaths& paths);

/// The fingerprint SARIF and GitLab give a finding: 16 hex digits of a 64-bit
/// FNV-1a hash of rule, repository path, message and `occurrence` (0 for the
/// first finding with that rule, path and message in a run, 1 for the next...).
/// Line and column numbers the message quotes ("first on line 14") are left
/// out, as they move with unrelated edits.
[[nodiscard]] std::string finding_fingerprint(std::string_view rule, std::string_view path,
                                              std::string_view message, std::size_t occurrence);

} // namespace engage
