#include <engage/render.hpp>

#include <algorithm>

namespace engage {

void SourceIndex::add(const SourceFile& file) {
    files_.emplace(file.path, Entry{&file, {}});
}

void SourceIndex::add_all(const std::vector<PlanResult>& plans) {
    for (const auto& loaded : plans) {
        for (const auto& file : loaded.plan.files)
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
    if (entry.starts.empty()) {
        // Line breaks are LF, CRLF and a lone CR, as in YAML and SourceFile::line_text.
        entry.starts.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            if (text[i] == '\n' || text[i] == '\r')
                entry.starts.push_back(i + 1);
        }
    }
    if (number > entry.starts.size())
        return {};
    const std::string_view rest = text.substr(std::min(entry.starts[number - 1], text.size()));
    return rest.substr(0, rest.find_first_of("\r\n"));
}

} // namespace engage
