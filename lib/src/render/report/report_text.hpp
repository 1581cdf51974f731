// SPDX-License-Identifier: MIT
// Words and escapes shared by the report renderers. Internal.
#pragma once

#include <engage/assessment.hpp>
#include <engage/model.hpp>
#include <engage/report.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engage::detail {

/// Plan text for running Markdown (a paragraph, list item or heading): as
/// `markdown_cell`, and a leading character that would start a block (`#`,
/// `>`, `-`, `+`, `=`, a number then `.` or `)`) is escaped, as are `~` and `$`
/// (strike-through and maths on GitHub).
[[nodiscard]] std::string markdown_inline(std::string_view text);

/// "met", "partly met", "not met".
[[nodiscard]] std::string_view attainment_words(Attainment status);

/// A standard's verdict in words a lay reader does not find contradictory,
/// following the assessment's definitions (assessment.hpp): "met: evidence
/// for all 4 indicators, no problems", "partly met: evidence for 3 of 5
/// indicators, problems with 2", "not met: no evidence for any of its 4
/// indicators".
[[nodiscard]] std::string verdict_words(const StandardRow& row);

/// "2024-06-30", or `none` when there is no date.
[[nodiscard]] std::string date_text(const std::optional<Date>& date, std::string_view none = "");

/// "3 of 4", or "-" for a standard with no indicators.
[[nodiscard]] std::string indicators_text(const StandardRow& row);

/// "4 of 6", or "-" when the plan does not score itself.
[[nodiscard]] std::string self_score_text(const StandardRow& row);

/// "1 warning", "3 warnings".
[[nodiscard]] std::string counted(std::size_t count, std::string_view one, std::string_view many);

/// "12 days (from 3 to 40)", "-" when there are none.
[[nodiscard]] std::string days_text(const DaysSummary& days);

/// "in progress" for "in-progress"; "not said" for an empty status.
[[nodiscard]] std::string status_words(std::string_view status);

/// "young people: 10, adults: 4", or "" when neither is known.
[[nodiscard]] std::string members_text(const BodyRow& body);

/// "forum", "board", "forum (decides)"...
[[nodiscard]] std::string body_kind_text(const BodyRow& body);

/// The summary of a report in plain words, one line an item (no plan text, so no escaping).
[[nodiscard]] std::vector<std::string> summary_lines(const Report& report);

/// "decides itself", "1 link", "no route".
[[nodiscard]] std::string route_text(const BodyRow& body);

/// One item of a findings list as people read it: a finding on its own, or a
/// rule's many findings told once (`headline`) with each one listed.
struct ToldFinding {
    const Finding* first = nullptr;
    std::string headline;                ///< empty: `first` on its own
    std::vector<const Finding*> members; ///< with a headline: every finding told
};

/// A standard's findings in the order given, a rule that fires on many items
/// (RuleInfo::many) told once at its first finding.
[[nodiscard]] std::vector<ToldFinding> told_findings(const FindingGroup& group,
                                                     const Report& report);

} // namespace engage::detail
