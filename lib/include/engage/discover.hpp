// Finding plans without reading them: a batch run lists its plans first, then
// loads one at a time, so memory holds only the plans being worked on.
#pragma once

#include <engage/load.hpp>

#include <string>
#include <vector>

namespace engage {

/// Where one plan is: a single-file plan, a plan folder, or standard input.
struct PlanSource {
    enum class Kind { file, folder, standard_input };
    Kind kind = Kind::file;
    std::string path; ///< as discovered ("-" for standard input)
};

struct PlanSources {
    std::vector<PlanSource> sources; ///< in the order load_paths would load them
    std::vector<InputError> errors;  ///< paths that do not exist, folders that cannot be listed
};

/// The plans at `paths`, found as load_paths finds them (plan files, plan
/// folders, collections, "-"), without reading any plan file.
[[nodiscard]] PlanSources discover_plans(const std::vector<std::string>& paths,
                                         const LoadOptions& options = {});

/// Loads the one plan at `source` (not the plan folders nested in it: those
/// are sources of their own). Never throws on bad input.
[[nodiscard]] LoadResult load_plan_source(const PlanSource& source,
                                          const LoadOptions& options = {});

} // namespace engage
