#include <engage/model.hpp>

namespace engage {

int Meets::per_year() const {
    if (per_year_explicit)
        return *per_year_explicit;
    if (!cadence)
        return 0;
    switch (*cadence) {
    case Cadence::weekly:
        return 52;
    case Cadence::fortnightly:
        return 26;
    case Cadence::monthly:
        return 12;
    case Cadence::twice_termly:
        return 6;
    case Cadence::termly:
        return 3;
    case Cadence::quarterly:
        return 4;
    case Cadence::annually:
        return 1;
    case Cadence::ad_hoc:
        return 0;
    }
    return 0;
}

const std::string& Plan::file_path(const SourceLoc& loc) const {
    static const std::string none;
    return loc.file < files.size() ? files[loc.file].path : none;
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
    if (line == 0)
        return {};
    std::string_view rest = text;
    for (std::uint32_t current = 1; current < line; ++current) {
        auto pos = rest.find_first_of("\r\n");
        if (pos == std::string_view::npos)
            return {};
        if (rest[pos] == '\r' && pos + 1 < rest.size() && rest[pos + 1] == '\n')
            ++pos;
        rest.remove_prefix(pos + 1);
    }
    return rest.substr(0, rest.find_first_of("\r\n"));
}

} // namespace engage
