// .engage.toml: the project's settings for engage (see engage-config(5)).
#pragma once

#include <engage/load.hpp>
#include <engage/settings.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace engage {

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
