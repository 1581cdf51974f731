// SPDX-License-Identifier: MIT
// What changed between two versions of a plan: bodies and links, actions and
// their statuses, findings, and how each standard is assessed.
#pragma once

#include <engage/assessment.hpp>
#include <engage/diagnostic.hpp>
#include <engage/engine.hpp>
#include <engage/model.hpp>

#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

/// A body, action or commitment that is in one version and not the other.
struct DiffEntry {
    std::string id;
    std::string label; ///< its name or title, on one line
    std::string kind;  ///< a body's kind ("forum", "board"); empty otherwise
};

/// A `feeds_into` link, by the ids at its ends.
struct DiffLink {
    std::string from;
    std::string to;
    bool has_feedback = false;
};

/// An action or commitment whose status is not the same in both versions.
struct StatusChange {
    std::string id;
    std::string label;
    std::optional<Status> before;
    std::optional<Status> after;
    std::optional<Date> due;     ///< in the new version (a commitment's review date)
    std::optional<Date> done_on; ///< in the new version
    bool completed_late = false; ///< now done, after its due date
    long days_late = 0;          ///< when completed late: days after the due date
};

/// A detail that is not the same in both versions: the plan's title, an
/// action's lead or due date, a commitment's review date, a body's name...
struct FieldChange {
    std::string kind;   ///< "plan", "body", "action" or "commitment"
    std::string id;     ///< the item's id (the plan's own, for "plan")
    std::string field;  ///< its key in the plan file: "title", "lead", "due", "period.to"...
    std::string before; ///< on one line; "" when the old version does not give it
    std::string after;  ///< "" when the new version does not give it
};

/// A standard whose assessed status moved.
struct StandardMove {
    std::string key;
    std::string name;
    Attainment before = Attainment::not_met;
    Attainment after = Attainment::not_met;
};

struct PlanDiff {
    std::string old_name; ///< how each side was given, e.g. "HEAD~1:plan.yaml"
    std::string new_name;
    std::string plan_id;     ///< the new version's id
    std::string old_plan_id; ///< the old version's (not the same: two different plans)
    std::string title;       ///< the new version's title
    std::vector<DiffEntry> bodies_added, bodies_removed;
    std::vector<DiffLink> links_added, links_removed;
    std::vector<DiffEntry> actions_added, actions_removed;
    std::vector<StatusChange> action_changes;
    std::vector<DiffEntry> commitments_added, commitments_removed;
    std::vector<StatusChange> commitment_changes;
    /// Details of the plan and of the bodies, actions and commitments in both
    /// versions that changed (statuses are in action_changes and commitment_changes).
    std::vector<FieldChange> field_changes;
    std::vector<Finding> findings_new;      ///< as found in the new version
    std::vector<Finding> findings_resolved; ///< as found in the old version
    std::vector<StandardMove> standards_moved;

    /// Nothing at all changed that the diff looks at.
    [[nodiscard]] bool empty() const;
};

/// The key a finding is matched on across versions: its rule and the first
/// `quoted` id in its message (else the whole message). Lines and files are left
/// out, so a finding whose line moved is not a change.
[[nodiscard]] std::string finding_identity(const Finding& finding);

/// Compares two checked versions of a plan (see check_plan in engine.hpp; check
/// both with the same settings, so only the plan's changes show).
[[nodiscard]] PlanDiff diff_plans(const PlanResult& before, const PlanResult& after);

// ---- Rendering the changes between two versions (`engage diff`).

/// What changed, section by section; "No changes" when nothing did.
void render_diff_text(std::ostream& out, const PlanDiff& diff);
/// The same as Markdown, for the next meeting's papers.
void render_diff_markdown(std::ostream& out, const PlanDiff& diff);
/// One object: `findings` holds the new findings (the output contract's array),
/// `resolved_findings` those fixed, and one key per kind of change.
void render_diff_json(std::ostream& out, const PlanDiff& diff);

/// One output format of diffs: its name (for --format, the completions and
/// the man page) and its renderer.
struct DiffFormat {
    std::string_view name;
    void (*render)(std::ostream& out, const PlanDiff& diff);
};

/// Every format of diffs, the default first (lib/src/render/formats.cpp).
[[nodiscard]] std::span<const DiffFormat> diff_formats();

} // namespace engage
