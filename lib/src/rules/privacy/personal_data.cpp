// P501 personal-data: plan text holds what looks like personal data: an e-mail address, a UK phone
// number, a date of birth, a UK postcode or a National Insurance number.
#include "../rule.hpp"
#include "personal_data_scan.hpp"
#include "plan_texts.hpp"

#include <algorithm>
#include <map>

namespace engage::rules {

namespace {

bool is_continuation(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

/// Finds where a match sits in the file, so the finding points at the data
/// itself, not at the start of a long text. Line starts are computed once a file.
class Placer {
public:
    explicit Placer(const Plan& plan)
        : plan_(plan) {}

    /// The place of `needle`, searched for near the text that holds it, or
    /// the text's own place when the file spells it differently (escapes, folding).
    SourceLoc place(const Text& text, std::string_view needle) {
        if (text.loc.file >= plan_.files.size())
            return text.loc;
        const std::string_view file = plan_.files[text.loc.file].text;
        const std::vector<std::size_t>& starts = line_starts(text.loc.file, file);
        if (text.loc.line == 0 || text.loc.line > starts.size())
            return text.loc;
        std::size_t from = starts[text.loc.line - 1];
        for (std::uint32_t column = 1; column < text.loc.column && from < file.size(); ++column) {
            ++from;
            while (from < file.size() && is_continuation(file[from]))
                ++from;
        }
        const std::size_t window = text.value.size() * 2 + 256;
        const std::size_t found = file.substr(from, window).find(needle);
        if (found == std::string_view::npos)
            return text.loc;
        const std::size_t offset = from + found;
        const auto line = std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin();
        std::uint32_t column = 1;
        for (std::size_t i = starts[static_cast<std::size_t>(line) - 1]; i < offset; ++i) {
            if (!is_continuation(file[i]))
                ++column;
        }
        return SourceLoc{text.loc.file, static_cast<std::uint32_t>(line), column};
    }

private:
    const std::vector<std::size_t>& line_starts(std::uint32_t index, std::string_view file) {
        auto [it, added] = starts_.try_emplace(index);
        if (added) {
            it->second.push_back(0);
            for (std::size_t i = 0; i < file.size(); ++i) {
                const bool lone_cr =
                    file[i] == '\r' && (i + 1 >= file.size() || file[i + 1] != '\n');
                if (file[i] == '\n' || lone_cr)
                    it->second.push_back(i + 1);
            }
        }
        return it->second;
    }

    const Plan& plan_;
    std::map<std::uint32_t, std::vector<std::size_t>> starts_;
};

void check(CheckContext& ctx) {
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

constexpr RuleInfo info{
    .code = "P501",
    .name = "personal-data",
    .family = RuleFamily::privacy,
    .severity = Severity::warning,
    .summary = "Plan text holds what looks like personal data: an e-mail address, a UK phone "
               "number, a date of birth, a UK postcode or a National Insurance number.",
    .rationale = "A plan is a shared document: it is kept in a repository, reviewed in pull "
                 "requests, printed for boards and published. Children and young people who take "
                 "part trust that their contact details, birthdays and addresses stay with the "
                 "workers they gave them to. Once personal data is committed it stays in the "
                 "history for anyone with a copy, and children's data needs particular protection "
                 "under UK GDPR. Name roles, forums and services in a plan; keep details of "
                 "individuals in the case or contact records they belong in.",
    .help = "Remove the personal data, or replace it with a role or a shared mailbox (such as the "
            "participation team's). If it is an organisation's published contact, suppress the "
            "finding with `# engage: disable=personal-data` on its line.",
    .private_source = true,
};

} // namespace

extern const RuleDefinition personal_data{info, check};

} // namespace engage::rules
