// SPDX-License-Identifier: MIT
// Progress against a plan's promises: its actions (due dates) and its
// commitments (review dates), filtered and summed up as of a date.
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/model.hpp>

#include <cstdint>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace engage {

/// What a progress list is about: the action plan, or duty-bearers' commitments.
enum class ProgressKind { actions, commitments };

/// One action or commitment as progress queries see it. For a commitment,
/// `lead` is who made it (`by`), `title` what was promised, and `due` its review date.
struct ProgressItem {
    std::string id;
    std::string title;
    std::string lead;
    std::string priority; ///< the action's theme or heading (empty for commitments)
    std::optional<Status> status;
    std::optional<Date> due;
    std::optional<Date> done_on;
    std::vector<std::string> standards; ///< standard keys it serves (actions only)
    std::string file;                   ///< where it is written
    std::uint32_t line = 0;
    std::uint32_t column = 0;

    // Worked out as of the query's date.
    bool overdue = false;        ///< is_overdue (model.hpp) as of the date
    long days_overdue = 0;       ///< when overdue: days since it fell due
    std::optional<long> due_in;  ///< when open and due on or after the date: days left
    bool completed_late = false; ///< done after its due date

    [[nodiscard]] bool blocked() const { return status == Status::blocked; }
    /// Neither done nor dropped (is_open, model.hpp).
    [[nodiscard]] bool open() const { return is_open(status); }
};

/// Which items to keep. Empty fields keep everything; the fields combine with
/// "and", except `overdue` and `due_within_days`, which together keep items
/// that are either overdue or fall due soon (the ones that need attention).
struct ProgressQuery {
    Date as_of;
    /// Keep these statuses; std::nullopt in the list stands for "no status given".
    std::vector<std::optional<Status>> statuses;
    std::string lead;                   ///< keep items whose lead contains this, ignoring case
    std::string standard;               ///< keep actions that serve this standard key
    bool overdue = false;               ///< keep overdue items
    std::optional<int> due_within_days; ///< keep open items due from the date to N days after
};

/// Counts of the listed items, each list in a fixed order: statuses in the
/// order of the format (then "no status"), leads and standards by name (then
/// "no lead" / "no standard").
struct ProgressSummary {
    std::size_t total = 0;
    std::size_t overdue = 0;
    std::size_t blocked = 0;
    std::size_t due_soon = 0; ///< open and due within the query's window
    std::vector<std::pair<std::string, std::size_t>> by_status, by_lead, by_standard;
};

/// One plan's list, as renderers see it.
struct ProgressReport {
    ProgressKind kind = ProgressKind::actions;
    std::string plan_id;
    std::string plan_path;
    Date as_of;
    ProgressQuery query;             ///< what was asked
    std::size_t in_plan = 0;         ///< items in the plan before filtering
    std::vector<ProgressItem> items; ///< the kept items, in plan order
    ProgressSummary summary;         ///< of the kept items
};

/// Every action (or commitment) of `plan`, worked out as of `as_of`.
[[nodiscard]] std::vector<ProgressItem> action_items(const Plan& plan, const Date& as_of);
[[nodiscard]] std::vector<ProgressItem> commitment_items(const Plan& plan, const Date& as_of);

/// Whether `item` passes the query's filters.
[[nodiscard]] bool matches(const ProgressItem& item, const ProgressQuery& query);

[[nodiscard]] ProgressSummary summarise(const std::vector<ProgressItem>& items,
                                        const ProgressQuery& query);

/// The filtered list of a plan's actions or commitments, with its summary.
[[nodiscard]] ProgressReport query_progress(const Plan& plan, ProgressKind kind,
                                            const ProgressQuery& query);

/// The plan's overdue actions as of a date, in plan order: the common question, in one call.
[[nodiscard]] std::vector<ProgressItem> overdue_actions(const Plan& plan, const Date& as_of);

/// "planned", ..., or "none" for a missing status; parses the same words.
[[nodiscard]] std::string_view status_name(const std::optional<Status>& status);
[[nodiscard]] std::optional<std::optional<Status>> parse_status_filter(std::string_view text);

// ---- Rendering progress lists (`engage actions`, `engage commitments`).

/// A table per plan (overdue and blocked items marked in capitals), then counts
/// by status, lead and standard.
void render_progress_text(std::ostream& out, const std::vector<ProgressReport>& reports);
/// A section per plan with a GitHub-flavoured table, for meeting papers.
void render_progress_markdown(std::ostream& out, const std::vector<ProgressReport>& reports);
/// One header row, then one row per item of every plan: for a spreadsheet.
void render_progress_csv(std::ostream& out, const std::vector<ProgressReport>& reports);
/// One object: `findings` (the plans' load errors, as the output contract has
/// them), and `plans`, each with its items and summary. `kind` names the
/// document (`actions` or `commitments`) even when no plan could be listed.
void render_progress_json(std::ostream& out, ProgressKind kind,
                          const std::vector<ProgressReport>& reports,
                          const std::vector<Finding>& findings);

/// One output format of progress lists: its name (for --format, the
/// completions and the man pages) and its renderer, which is given the plans'
/// load errors too.
struct ProgressFormat {
    std::string_view name;
    void (*render)(std::ostream& out, ProgressKind kind,
                   const std::vector<ProgressReport>& reports, const std::vector<Finding>& findings);
    /// The output has a place for the findings; else the caller prints them
    /// (to standard error).
    bool holds_findings = false;
};

/// Every format of progress lists, the default first (lib/src/render/formats.cpp).
[[nodiscard]] std::span<const ProgressFormat> progress_formats();

} // namespace engage
