// SPDX-License-Identifier: MIT
// P501 personal-data: plan text holds what looks like personal data: an e-mail address, a UK phone
// number, a date of birth, a UK postcode or a National Insurance number.
#include "../../load/source_text.hpp"
#include "../rule.hpp"
#include "personal_data_scan.hpp"
#include "plan_texts.hpp"

#include <algorithm>
#include <map>
#include <memory>

namespace engage::rules {

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
        const detail::LineIndex& lines = index(text.loc.file, file);
        if (text.loc.line > lines.line_count())
            return text.loc;
        const std::size_t from = lines.offset({text.loc.line, text.loc.column});
        const std::size_t window = text.value.size() * 2 + 256;
        const std::size_t found = file.substr(from, window).find(needle);
        if (found == std::string_view::npos)
            return text.loc;
        const detail::Position at = lines.position(from + found);
        return SourceLoc{text.loc.file, at.line, at.column};
    }

private:
    const detail::LineIndex& index(std::uint32_t file_index, std::string_view file) {
        auto [it, added] = lines_.try_emplace(file_index);
        if (added)
            it->second = std::make_unique<detail::LineIndex>(file); // the loader's own line rules
        return *it->second;
    }

    const Plan& plan_;
    std::map<std::uint32_t, std::unique_ptr<detail::LineIndex>> lines_;
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
