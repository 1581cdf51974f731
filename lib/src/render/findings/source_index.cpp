// SPDX-License-Identifier: MIT
#include "load/source_text.hpp"

#include <engage/render.hpp>

namespace engage {

/// The loader's line table, so quoted lines and columns match its positions.
struct SourceIndex::Lines : detail::LineIndex {
    using detail::LineIndex::LineIndex;
};

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

const SourceIndex::Lines* SourceIndex::lines_of(std::string_view path) {
    auto it = files_.find(path);
    if (it == files_.end())
        return nullptr;
    Entry& entry = it->second;
    if (!entry.lines)
        entry.lines = std::make_unique<Lines>(entry.file->text); // the loader's rules
    return entry.lines.get();
}

std::string_view SourceIndex::line(std::string_view path, std::uint32_t number) {
    const Lines* lines = lines_of(path);
    if (lines == nullptr || number == 0 || number > lines->line_count())
        return {};
    const std::string_view text = find(path)->text;
    const std::size_t start = lines->line_start(number);
    return text.substr(start, lines->line_end(number) - start);
}

SourceIndex::Excerpt SourceIndex::excerpt(std::string_view path, std::uint32_t number,
                                          std::uint32_t column, std::uint32_t width) {
    const Lines* lines = lines_of(path);
    if (lines == nullptr || number == 0 || number > lines->line_count() || width == 0)
        return {};
    const std::string_view text = find(path)->text;
    const std::size_t start = lines->line_start(number);
    const std::size_t end = lines->line_end(number);
    const std::uint32_t total = lines->position(end).column - 1; // code points on the line
    if (total <= width)
        return {text.substr(start, end - start), column, false, false};
    std::uint32_t first = 0; // code points left out before the excerpt
    if (column > width / 2)
        first = std::min(column - width / 2, total - width);
    const std::size_t begin = lines->offset({number, first + 1});
    const std::size_t stop = lines->offset({number, first + width + 1});
    return {text.substr(begin, stop - begin), column > first ? column - first : 1, first > 0,
            first + width < total};
}

std::uint32_t SourceIndex::utf16_column(std::string_view path, std::uint32_t number,
                                        std::uint32_t column) {
    const Lines* lines = lines_of(path);
    if (lines == nullptr || number == 0 || number > lines->line_count())
        return column;
    // Each code point is one UTF-16 unit, or two beyond the Basic Multilingual Plane.
    const std::size_t start = lines->line_start(number);
    const auto astral = lines->astral_code_points(start, lines->offset({number, column}));
    return column + static_cast<std::uint32_t>(astral);
}

} // namespace engage
