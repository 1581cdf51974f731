// What a run is configured with: defaults, then .engage.toml, then the command line.
#pragma once

#include <engage/date.hpp>
#include <engage/diagnostic.hpp>
#include <engage/rules.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace engage {

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
    OptionValues options; ///< the `[thresholds]` given to rules; the rest keep their defaults
    RuleSelection rules;
    std::optional<Severity>
        fail_on;             ///< the lowest severity that fails a run (the CLI's default: error)
    std::string config_path; ///< the file these settings came from, if any
};

} // namespace engage
