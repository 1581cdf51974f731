// SPDX-License-Identifier: MIT
// The words progress renderers share: what the columns of an action or a
// commitment are called, and the note that makes an item stand out. Internal.
#pragma once

#include <engage/progress.hpp>

#include <string>
#include <string_view>

namespace engage::detail {

struct ProgressWords {
    std::string_view plural;  ///< "actions"
    std::string_view heading; ///< "Actions"
    std::string_view due;     ///< the date column: "due" or "review"
    std::string_view lead;    ///< the owner column: "lead" or "by"
    std::string_view owner;   ///< who that is, in a summary: "lead" or "maker"
};

[[nodiscard]] ProgressWords progress_words(ProgressKind kind);

/// What the filters kept, e.g. "overdue; lead contains \"officer\"" (empty: everything).
[[nodiscard]] std::string describe_query(const ProgressQuery& query, ProgressKind kind);

/// Why an item stands out: "OVERDUE by 12 days", "BLOCKED", "due in 5 days" (for a commitment
/// "REVIEW OVERDUE by 12 days", "review in 5 days"),
/// "done 3 days late", joined by ", "; empty for an unremarkable item.
/// `loud` spells overdue and blocked in capitals (plain text); else as written.
[[nodiscard]] std::string progress_note(const ProgressItem& item, const ProgressReport& report,
                                        bool loud);

/// "name N; name N" for a summary line (names may hold commas).
[[nodiscard]] std::string
count_list(const std::vector<std::pair<std::string, std::size_t>>& counts);

} // namespace engage::detail
