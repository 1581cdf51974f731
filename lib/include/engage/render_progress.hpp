// Renderers for progress lists (`engage actions`, `engage commitments`) and for
// the changes between two versions of a plan (`engage diff`).
#pragma once

#include <engage/diff.hpp>
#include <engage/progress.hpp>

#include <ostream>
#include <vector>

namespace engage {

/// A table per plan (overdue and blocked items marked in capitals), then counts
/// by status, lead and standard.
void render_progress_text(std::ostream& out, const std::vector<ProgressReport>& reports);
/// A section per plan with a GitHub-flavoured table, for meeting papers.
void render_progress_markdown(std::ostream& out, const std::vector<ProgressReport>& reports);
/// One header row, then one row per item of every plan: for a spreadsheet.
void render_progress_csv(std::ostream& out, const std::vector<ProgressReport>& reports);
/// One object: `findings` (the plans' load errors, as the output contract has
/// them), and `plans`, each with its items and summary.
void render_progress_json(std::ostream& out, const std::vector<ProgressReport>& reports,
                          const std::vector<Finding>& findings);

/// What changed, section by section; "No changes" when nothing did.
void render_diff_text(std::ostream& out, const PlanDiff& diff);
/// The same as Markdown, for the next meeting's papers.
void render_diff_markdown(std::ostream& out, const PlanDiff& diff);
/// One object: `findings` holds the new findings (the output contract's array),
/// `resolved_findings` those fixed, and one key per kind of change.
void render_diff_json(std::ostream& out, const PlanDiff& diff);

} // namespace engage
