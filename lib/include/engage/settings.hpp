// What a run is configured with: defaults, then .engage.toml, then the command line.
#pragma once

#include <engage/date.hpp>
#include <engage/diagnostic.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace engage {

/// Limits the checks hold plans to; each can be set in `[thresholds]`.
struct Thresholds {
    int min_meetings_per_year = 3;            ///< infrequent-meetings below this
    double max_adults_per_young_person = 1.0; ///< adult-majority above this ratio
    int max_links_to_decision = 3;            ///< long-path beyond this many links
    int feedback_days = 90;                   ///< days allowed to tell participants what changed
};

/// Which rules run, and at what severity. Entries are rule names (codes are
/// accepted in configuration and normalised to names when it is read).
struct RuleSelection {
    std::vector<std::string> select; ///< when not empty, only these rules run
    std::vector<std::string> ignore; ///< these rules never run
    std::vector<std::pair<std::string, Severity>> severity; ///< per-rule overrides

    [[nodiscard]] bool enabled(std::string_view rule) const;
    [[nodiscard]] std::optional<Severity> severity_of(std::string_view rule) const;
};

struct Settings {
    std::optional<Date>
        as_of; ///< the date overdue checks measure against; none: those checks are skipped
    std::string
        framework; ///< framework id or file; empty: the plan's own choice, else national-standards
    Thresholds thresholds;
    RuleSelection rules;
    std::optional<Severity>
        fail_on;             ///< the lowest severity that fails a run (the CLI's default: error)
    std::string config_path; ///< the file these settings came from, if any
};

} // namespace engage
