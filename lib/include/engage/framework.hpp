// SPDX-License-Identifier: MIT
// Frameworks of standards (Scotland's National Standards, Lundy, Wales...) as data.
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/load.hpp>
#include <engage/model.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

struct Indicator {
    std::string id;                 ///< e.g. "INC-2"
    std::string text;               ///< what it asks, in the framework's words
    std::string checked; ///< what engage can check of it from plan data, and what it cannot
    std::vector<std::string> rules; ///< rules whose passing evidences it; empty: self-assessed
    SourceLoc loc;
};

struct Standard {
    std::string key;       ///< e.g. "working-together"
    std::string name;      ///< e.g. "Working together"
    std::string statement; ///< the standard in one sentence
    std::vector<Indicator> indicators;
    SourceLoc loc;
};

struct Framework {
    std::string id;
    std::string name;
    std::string source; ///< who published it
    std::vector<Standard> standards;
    SourceFile file; ///< the text it was read from

    [[nodiscard]] const Standard* find_standard(std::string_view key) const;
};

/// The id used when neither the plan, the configuration nor the command line picks one.
inline constexpr std::string_view default_framework_id = "national-standards";

/// Ids of the frameworks shipped with engage, in listing order.
[[nodiscard]] std::vector<std::string> builtin_framework_ids();

/// The indicators of `framework` that `rule` evidences ("INC-2", ...).
[[nodiscard]] std::vector<std::string> indicators_evidenced_by(const Framework& framework,
                                                               std::string_view rule);

/// A built-in framework by id, or nullptr. Loaded once, shared, never changed.
[[nodiscard]] std::shared_ptr<const Framework> builtin_framework(std::string_view id);

struct FrameworkLoad {
    std::shared_ptr<const Framework> framework; ///< nullptr when the file could not be used
    std::vector<Finding> findings;              ///< problems in the framework file
};

/// Reads a framework from YAML text (engage-framework: 1). Rules it names must
/// be registered; ids and keys must be unique. Text that is not a framework at
/// all (no `engage-framework` key) is one finding that quotes none of it: the
/// file may be anything a path can name, credentials included.
[[nodiscard]] FrameworkLoad parse_framework(std::string path, std::string text);

/// Reads a framework file from disk, no more of it than `limits.max_file_bytes`
/// (a larger file is a finding, found before reading).
[[nodiscard]] FrameworkLoad load_framework_file(const std::string& path,
                                                const LoadLimits& limits = {});

} // namespace engage
