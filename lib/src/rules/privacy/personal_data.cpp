// P501 personal-data: e-mail addresses, phone numbers, dates of birth,
// postcodes and National Insurance numbers in a plan's text.
#include "../../load/source_text.hpp"
#include "../check_context.hpp"
#include "../checks.hpp"
#include "personal_data_scan.hpp"
#include "plan_texts.hpp"

#include <algorithm>
#include <map>
#include <memory>

namespace engage::detail {

namespace {

/// Finds where a match sits in the file, so the finding points at the data
/// itself, not at the start of a long text. A file's lines are indexed once,
/// and a place costs the same however long its line (a one-line plan of many
/// addresses must not scan its line once per address).
class Placer {
public:
    explicit Placer(const Plan& plan)
        : plan_(plan) {}

    /// The place of `needle`, searched for near the text that holds it, or
    /// the text's own place when the file spells it differently (escapes, folding).
    SourceLoc place(const Text& text, std::string_view needle) {
        if (text.loc.file >= plan_.files.size() || text.loc.line == 0)
            return text.loc;
        const std::string_view file = plan_.files[text.loc.file].text;
        const LineIndex& lines = index(text.loc.file, file);
        if (text.loc.line > lines.line_count())
            return text.loc;
        const std::size_t from = lines.offset({text.loc.line, text.loc.column});
        const std::size_t window = text.value.size() * 2 + 256;
        const std::size_t found = file.substr(from, window).find(needle);
        if (found == std::string_view::npos)
            return text.loc;
        const Position at = lines.position(from + found);
        return SourceLoc{text.loc.file, at.line, at.column};
    }

private:
    const LineIndex& index(std::uint32_t file_index, std::string_view file) {
        auto [it, added] = lines_.try_emplace(file_index);
        if (added)
            it->second = std::make_unique<LineIndex>(file); // the loader's own line rules
        return *it->second;
    }

    const Plan& plan_;
    std::map<std::uint32_t, std::unique_ptr<LineIndex>> lines_;
};

} // namespace

void check_personal_data(CheckContext& ctx) {
    Placer placer(ctx.plan);
    for_each_text(ctx.plan, [&](const Text& text) {
        if (!text.present())
            return;
        for (const PersonalDataMatch& match : find_personal_data(text.value)) {
            const std::string_view raw =
                std::string_view(text.value).substr(match.offset, match.length);
            ctx.report(placer.place(text, raw),
                       "this looks like " + std::string(describe(match.kind)) + " (" +
                           match.masked +
                           "); a plan is a shared document and must not hold a child's or "
                           "family's personal data");
        }
    });
}

} // namespace engage::detail
