#include "../load/source_text.hpp"

#include <engage/render.hpp>

namespace engage {

SourceIndex::SourceIndex() = default;
SourceIndex::~SourceIndex() = default;

void SourceIndex::add(const SourceFile& file) {
    files_.emplace(file.path, Entry{&file, nullptr});
}

void SourceIndex::add_all(const std::vector<PlanResult>& plans) {
    for (const auto& result : plans) {
        for (const auto& file : result.plan.files)
            add(file);
    }
}

const SourceFile* SourceIndex::find(std::string_view path) const {
    auto it = files_.find(path);
    return it == files_.end() ? nullptr : it->second.file;
}

std::string_view SourceIndex::line(std::string_view path, std::uint32_t number) {
    auto it = files_.find(path);
    if (it == files_.end() || number == 0)
        return {};
    Entry& entry = it->second;
    const std::string_view text = entry.file->text;
    if (!entry.lines)
        entry.lines = std::make_unique<detail::LineIndex>(text); // the loader's own line rules
    const std::size_t start = entry.lines->line_start(number);
    if (start >= text.size())
        return {};
    const std::string_view rest = text.substr(start);
    return rest.substr(0, rest.find_first_of("\r\n"));
}

} // namespace engage
