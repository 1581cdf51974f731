#include <engage/render.hpp>

namespace engage {

void SourceIndex::add(const SourceFile& file) {
    files_.emplace(file.path, &file);
}

void SourceIndex::add_all(const std::vector<PlanResult>& plans) {
    for (const auto& loaded : plans) {
        for (const auto& file : loaded.plan.files)
            add(file);
    }
}

const SourceFile* SourceIndex::find(std::string_view path) const {
    auto it = files_.find(path);
    return it == files_.end() ? nullptr : it->second;
}

} // namespace engage
