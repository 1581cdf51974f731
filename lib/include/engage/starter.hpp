// A new plan folder's files, as `engage init` writes them: a commented
// plan.yaml that validates cleanly, an .engage.toml with the defaults written
// out, and the plan schema for editors. Files are returned, not written, so a
// program decides where they go.
#pragma once

#include <engage/date.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace engage {

struct StarterOptions {
    std::string id;    ///< the plan's id (a slug)
    std::string title; ///< empty: a title made from the area or the id
    std::string area;  ///< empty: the key is left commented out
    Date start;        ///< the plan's first day; the other dates follow from it
};

struct StarterFile {
    std::string path; ///< relative to the plan folder
    std::string text;
};

/// plan.yaml, .engage.toml and engage-plan.schema.json, in that order.
[[nodiscard]] std::vector<StarterFile> starter_plan(const StarterOptions& options);

/// A plan id made from a folder's name: lower case, runs of other characters
/// as one `-`; "plan" when nothing is left ("Riverside Plan 2024" -> "riverside-plan-2024").
[[nodiscard]] std::string slug_from_name(std::string_view name);

/// True for a slug as plan ids must be: [a-z0-9][a-z0-9-]*.
[[nodiscard]] bool is_slug(std::string_view text);

/// `date` moved by whole months, the day kept where the month has it (else its last day).
[[nodiscard]] Date add_months(const Date& date, int months);

} // namespace engage
