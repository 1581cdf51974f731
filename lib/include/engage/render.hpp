// SPDX-License-Identifier: MIT
// Renderers: one finished result, several formats. Renderers never read files.
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/engine.hpp>
#include <engage/framework.hpp>
#include <engage/graph.hpp>
#include <engage/load.hpp>
#include <engage/rules.hpp>

#include <filesystem>
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace engage {

/// Looks up the text of files by path, so renderers can quote source lines.
class SourceIndex {
public:
    SourceIndex();
    ~SourceIndex();
    SourceIndex(const SourceIndex&) = delete;
    SourceIndex& operator=(const SourceIndex&) = delete;

    void add(const SourceFile& file);
    void add_all(const std::vector<PlanResult>& plans);
    [[nodiscard]] const SourceFile* find(std::string_view path) const;
    /// The text of 1-based `line` of the file at `path` (without its line break),
    /// or empty. Each file's line table is built once, on first use.
    [[nodiscard]] std::string_view line(std::string_view path, std::uint32_t line);

    /// At most `width` code points of a line around a 1-based code-point column.
    struct Excerpt {
        std::string_view text;
        std::uint32_t column = 1; ///< the column within `text`
        bool cut_before = false;  ///< the line goes on before `text`
        bool cut_after = false;   ///< and after it
    };
    /// The part of `line` to show under a finding at `column`. It costs the
    /// same however long the line, so a one-line file with many findings is
    /// not read once per finding.
    [[nodiscard]] Excerpt excerpt(std::string_view path, std::uint32_t line, std::uint32_t column,
                                  std::uint32_t width);
    /// A code-point column as UTF-16 code units (as SARIF counts), also at no
    /// cost that grows with the line. Past the end of the line, each missing
    /// code point counts one unit.
    [[nodiscard]] std::uint32_t utf16_column(std::string_view path, std::uint32_t line,
                                             std::uint32_t column);

private:
    struct Lines; ///< a file's line table
    struct Entry {
        const SourceFile* file;
        std::unique_ptr<Lines> lines; ///< built on first use
    };
    std::unordered_map<std::string_view, Entry> files_;
    const Lines* lines_of(std::string_view path);
};

/// `text` with control characters, invalid UTF-8 and line breaks escaped, as
/// engage prints everything that comes from a plan, a file name or the user.
[[nodiscard]] std::string printable_text(std::string_view text);

struct TextStyle {
    bool color = false;
    bool show_source = true; ///< false: one line per finding ("concise")
    bool quiet = false;      ///< the findings alone: no standards tables, flows or summary
};

/// `file:line:col: severity[rule]: message`, plus the source line, a caret and
/// help when `style.show_source`; then the standards tables and a one-line
/// summary, unless `style.quiet`.
void render_text(std::ostream& out, const ValidateResult& result, const TextStyle& style);

/// One plan's verdict, standard by standard: each indicator's status, the
/// evidence the plan records for it (what, and where), the problems against it,
/// and for each indicator not met what to add (`engage assess`).
void render_assessment(std::ostream& out, const PlanResult& plan, const TextStyle& style);

/// One JSON object: `findings`, `plans`, `errors`, `summary` (see engage(1)).
void render_json(std::ostream& out, const ValidateResult& result);

/// The parts of `render_text`: each finding (with its source line when
/// `style.show_source`), and the closing one-line summary.
void render_findings(std::ostream& out, const ValidateResult& result, const TextStyle& style);
void render_summary(std::ostream& out, const ValidateResult& result);

/// How many findings each rule made, most first (then by code): count, code,
/// name and severity, one rule a line (`--statistics`).
void render_statistics(std::ostream& out, const ValidateResult& result);
void render_summary(std::ostream& out, const FindingCounts& counts, std::size_t plans,
                    std::size_t files);

/// The compact standards table that follows findings in text output.
void render_standards_table(std::ostream& out, const PlanResult& plan, bool color);

/// `engage rules`: every rule, one line each (code, name, severity, standard, summary).
void render_rule_list(std::ostream& out);
void render_rule_list_json(std::ostream& out);

/// `engage explain RULE`: a rule's documentation in full.
void render_rule_doc(std::ostream& out, const RuleInfo& rule);

/// `engage standards`: a framework's standards, indicators and the rules behind them.
void render_framework(std::ostream& out, const Framework& framework);
void render_framework_json(std::ostream& out, const Framework& framework);

/// `engage audit`: findings as `render_text`, then per plan the routes from
/// each forum to a decision and who is represented where.
void render_audit_text(std::ostream& out, const ValidateResult& result, const TextStyle& style);
/// `engage audit --format json`: findings, and per plan bodies, links, cycles and representation.
void render_audit_json(std::ostream& out, const ValidateResult& result);

/// `engage graph`: the flow of one plan as a Mermaid flowchart or a Graphviz
/// digraph. Forums and boards have distinct shapes, deciding bodies a heavy
/// border; orphan forums, bodies in a loop and links without feedback are
/// marked. Every label is escaped, so any text in a plan draws safely.
void render_mermaid(std::ostream& out, const Plan& plan, const FlowGraph& graph);
/// Draws only `bodies` (graph indices) and the links that touch them; a link
/// to a body left out ends at a stub of that body, so a large flow can be
/// split into several diagrams that each render.
void render_mermaid(std::ostream& out, const Plan& plan, const FlowGraph& graph,
                    std::span<const std::uint32_t> bodies);
void render_dot(std::ostream& out, const Plan& plan, const FlowGraph& graph);

/// A one-line finding, as used by the concise form and by tests.
[[nodiscard]] std::string format_finding_line(const Finding& finding);

// ---- Findings for continuous integration: SARIF for code scanning, GitHub workflow
// annotations, JUnit XML and GitLab Code Quality. Each renders one finished
// result; none reads a file.

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
/// and a line-independent fingerprint. Rules are tagged with their standard and
/// indicators; the run's one invocation is `executionSuccessful` only when every
/// input could be read, with an error notification per input that could not.
void render_sarif(std::ostream& out, const ValidateResult& result, const RepositoryPaths& paths);

/// GitHub Actions workflow commands, one `::error|warning|notice` line per
/// finding, with file, line, column and a title naming the rule; data and
/// properties escaped as the workflow-command syntax requires.
void render_github(std::ostream& out, const ValidateResult& result, const RepositoryPaths& paths);

/// JUnit XML for GitLab and Jenkins: a test suite per plan and a test case per
/// rule that ran on it. A case fails when its rule has findings at the plan's
/// failing level; findings below it are listed as the case's output.
/// Unreadable inputs are a suite of their own, each an error. Valid against
/// Jenkins' JUnit schema (junit-10.xsd): the file is named on the suite, not the
/// case, and every `time` is "0" so that output stays deterministic.
void render_junit(std::ostream& out, const ValidateResult& result, const RepositoryPaths& paths);

/// GitLab Code Quality JSON: an array with one issue per finding. Severity:
/// info is `info`, warning `minor`, error `major`, and a file that cannot be
/// read at all (`yaml-syntax`, `bad-version`) `blocker`. Fingerprints hash the
/// rule, path, message and the occurrence of that triple, not the line, so
/// moving a finding does not make it new. Each input that cannot be read is a
/// `blocker` issue with check_name `unreadable-input`.
void render_gitlab(std::ostream& out, const ValidateResult& result, const RepositoryPaths& paths);

/// The fingerprint SARIF and GitLab give a finding: 16 hex digits of a 64-bit
/// FNV-1a hash of rule, repository path, message and `occurrence` (0 for the
/// first finding with that rule, path and message in a run, 1 for the next...).
/// Line and column numbers the message quotes ("first on line 14") are left
/// out, as they move with unrelated edits.
[[nodiscard]] std::string finding_fingerprint(std::string_view rule, std::string_view path,
                                              std::string_view message, std::size_t occurrence);

// ---- The tables of output formats for findings (lib/src/render/formats.cpp).

/// What a findings renderer is given besides the result.
struct FindingsContext {
    TextStyle style;            ///< colour (whether to quote source lines is the format's)
    RepositoryPaths repository; ///< set by the caller for formats that `need_repository`
};

/// One output format of findings: its name (for --format, the completions
/// and the man pages) and its renderer.
struct FindingsFormat {
    std::string_view name;
    void (*render)(std::ostream& out, const ValidateResult& result, const FindingsContext& context);
    bool needs_repository = false; ///< names files from the repository's root (CI formats)
    /// Plain text, one plan after another: `engage validate` prints it plan by
    /// plan as each is checked (render_findings, then the standards tables
    /// when `show_source`, then render_summary), so memory holds only the plans in hand.
    bool per_plan = false;
    bool show_source = false; ///< quotes source lines (`text`), or not (`concise`)
};

/// The formats of `engage validate`, the default first.
[[nodiscard]] std::span<const FindingsFormat> findings_formats();
/// The formats of `engage audit` (the same names), the default first.
[[nodiscard]] std::span<const FindingsFormat> audit_formats();

} // namespace engage
