// The whole check of a set of paths, as `engage validate` runs it.
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/load.hpp>

#include <string>
#include <vector>

namespace engage {

struct ValidateOptions {
    LoadOptions load;
};

/// The finished result of a validate run, as renderers see it.
struct ValidateResult {
    std::vector<LoadedPlan> plans; ///< each with its findings, sorted
    std::vector<InputError> errors;
    [[nodiscard]] std::vector<Finding> all_findings() const; ///< every plan's findings, sorted
    [[nodiscard]] std::size_t file_count() const;
};

/// Loads every plan at `paths` and runs every check on it.
[[nodiscard]] ValidateResult validate_paths(const std::vector<std::string>& paths,
                                            const ValidateOptions& options = {});

} // namespace engage
