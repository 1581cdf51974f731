// SPDX-License-Identifier: MIT
#include "render/progress/progress_words.hpp"

#include <fmt/format.h>

namespace engage::detail {

namespace {

std::string days(long n) {
    return fmt::format("{} day{}", n, n == 1 ? "" : "s");
}

} // namespace

ProgressWords progress_words(ProgressKind kind) {
    if (kind == ProgressKind::commitments)
        return {"commitments", "Commitments", "review", "by", "maker"};
    return {"actions", "Actions", "due", "lead", "lead"};
}

std::string describe_query(const ProgressQuery& query, ProgressKind kind) {
    std::vector<std::string> parts;
    if (query.overdue && query.due_within_days)
        parts.push_back(fmt::format("overdue or {} within {}", progress_words(kind).due,
                                    days(*query.due_within_days)));
    else if (query.overdue)
        parts.emplace_back("overdue");
    else if (query.due_within_days)
        parts.push_back(
            fmt::format("{} within {}", progress_words(kind).due, days(*query.due_within_days)));
    if (!query.statuses.empty()) {
        std::string names;
        for (const auto& status : query.statuses)
            names += (names.empty() ? "" : " or ") + std::string(status_name(status));
        parts.push_back("status " + names);
    }
    if (!query.lead.empty())
        parts.push_back(fmt::format("{} contains \"{}\"", progress_words(kind).lead, query.lead));
    if (!query.standard.empty())
        parts.push_back("standard " + query.standard);
    std::string out;
    for (const auto& part : parts)
        out += (out.empty() ? "" : "; ") + part;
    return out;
}

std::string progress_note(const ProgressItem& item, const ProgressReport& report, bool loud) {
    const bool review = report.kind == ProgressKind::commitments;
    const ProgressQuery& query = report.query;
    std::vector<std::string> notes;
    if (item.overdue) {
        const std::string_view overdue =
            review ? (loud ? "REVIEW OVERDUE" : "review overdue") : (loud ? "OVERDUE" : "overdue");
        notes.push_back(fmt::format("{} by {}", overdue, days(item.days_overdue)));
    }
    if (item.blocked())
        notes.emplace_back(loud ? "BLOCKED" : "blocked");
    if (query.due_within_days && item.due_in && *item.due_in <= *query.due_within_days) {
        const std::string_view word = review ? "review" : "due";
        notes.push_back(*item.due_in == 0 ? fmt::format("{} today", word)
                                          : fmt::format("{} in {}", word, days(*item.due_in)));
    }
    if (item.completed_late && item.due && item.done_on)
        notes.push_back(fmt::format(
            "done {} late", days(item.done_on->days_since_epoch() - item.due->days_since_epoch())));
    std::string out;
    for (const auto& note : notes)
        out += (out.empty() ? "" : ", ") + note;
    return out;
}

std::string count_list(const std::vector<std::pair<std::string, std::size_t>>& counts) {
    std::string out;
    for (const auto& [name, n] : counts)
        out += fmt::format("{}{} {}", out.empty() ? "" : "; ", name, n);
    return out.empty() ? "-" : out;
}

} // namespace engage::detail
