// SPDX-License-Identifier: MIT
// What a run is configured with: defaults, then .engage.toml, then the command line.
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/load.hpp>
#include <engage/model.hpp>
#include <engage/rules.hpp>

#include <cstdint>
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
    /// Files and folders passed over when a folder is searched for plans (glob
    /// patterns): `exclude` (else the defaults) then `extend-exclude`, then --exclude.
    std::vector<std::string> exclude = default_exclude();

    /// What `exclude` is when configuration does not set it: folders of other
    /// tools' files (build, dist, node_modules, vendor).
    [[nodiscard]] static std::vector<std::string> default_exclude();
};

// ---- .engage.toml: the project's settings for engage (see engage-config(5)).

/// A configuration file that cannot be used: unreadable, not TOML, or with an
/// unknown key or a bad value. Callers exit with status 2.
class ConfigError : public Error {
public:
    ConfigError(std::string file, std::uint32_t line, std::uint32_t column,
                const std::string& message);
    std::string file;
    std::uint32_t line;
    std::uint32_t column;
    std::string message; ///< without the place
};

inline constexpr const char* config_file_name = ".engage.toml";

/// Reads a configuration file over the defaults. A file over
/// `limits.max_file_bytes` is refused before it is read, and one nesting deeper
/// than `limits.max_depth` before it is parsed. Throws ConfigError.
[[nodiscard]] Settings load_config(const std::string& path, const LoadLimits& limits = {});

/// Parses configuration text; `path` is used in errors and to resolve a
/// relative framework path. Throws ConfigError.
[[nodiscard]] Settings parse_config(const std::string& text, const std::string& path,
                                    const LoadLimits& limits = {});

/// The .engage.toml that governs a plan at `start` (a plan file or folder):
/// the nearest one in its folder or a folder above, stopping at the root of a
/// git repository (a folder holding .git). None when there is none. An entry
/// of that name that is a link to nowhere (dangling, or a loop) throws
/// ConfigError rather than being passed over for the one above it.
[[nodiscard]] std::optional<std::string> find_config(const std::string& start);

/// The effective settings as TOML, for --print-config.
[[nodiscard]] std::string settings_to_toml(const Settings& settings);

} // namespace engage
