#include <engage/engine.hpp>

namespace engage {

ValidateResult validate_paths(const std::vector<std::string>& paths,
                              const ValidateOptions& options) {
    LoadResult loaded = load_paths(paths, options.load);
    ValidateResult result;
    result.plans = std::move(loaded.plans);
    result.errors = std::move(loaded.errors);
    return result;
}

std::vector<Finding> ValidateResult::all_findings() const {
    std::vector<Finding> all;
    for (const auto& loaded : plans)
        all.insert(all.end(), loaded.findings.begin(), loaded.findings.end());
    sort_findings(all);
    return all;
}

std::size_t ValidateResult::file_count() const {
    std::size_t count = 0;
    for (const auto& loaded : plans)
        count += loaded.plan.files.size();
    return count;
}

} // namespace engage
