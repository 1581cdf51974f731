// SPDX-License-Identifier: MIT
// Hard words young readers meet in plan text, each explained in plain words
// next to where it is first used (PLAIN-WORDS.md: near the word, not in a
// glossary at the end).
#include "render/young_people/page.hpp"

#include <array>
#include <cctype>
#include <string_view>

namespace engage::detail {

namespace {

struct HardWord {
    std::string_view word; ///< lower case; matches whole words, also with a plural "s"
    std::string_view meaning;
};

// Each meaning names its word, so a reader (and the readability test) sees
// which word it explains.
constexpr std::array<HardWord, 24> hard_words = {{
    {"corporate parenting",
     "Corporate parenting means the council must care for children in care, as a good parent "
     "would."},
    {"duty-bearer", "Duty-bearers are adults whose job is to make sure your rights are respected."},
    {"duty bearer", "Duty bearers are adults whose job is to make sure your rights are respected."},
    {"stakeholder", "Stakeholders are the people and groups who have a say in something."},
    {"governance", "Governance means how decisions are made and checked."},
    {"indicator", "An indicator is a sign that shows if things are getting better."},
    {"standard", "A standard is a rule about how good something should be."},
    {"uncrc", "The UNCRC is the list of rights that every child has."},
    {"advocacy", "Advocacy means someone on your side helps you say what you think."},
    {"care leaver", "Care leavers are young people who used to live in care."},
    {"quality assurance", "Quality assurance means checking that a service is good enough."},
    {"audit", "An audit is a careful check of how well something works."},
    {"strategic", "Strategic means about big plans for a long time ahead."},
    {"partnership", "A partnership is a group of organisations that work together."},
    {"ceop", "CEOP is a national team that helps keep children safe online."},
    {"local offer", "The Local Offer is a website. It shows the help there is for young people "
                    "with special educational needs and disabilities."},
    {"board", "A board is a group of people who make decisions."},
    {"coproduction", "Coproduction means young people and adults design something together."},
    {"coproductive", "Coproductive work means young people and adults design something together."},
    {"commissioning", "Commissioning means choosing which services to pay for."},
    {"consultation", "A consultation is when people are asked what they think."},
    {"engagement", "Engagement means involving people and listening to them."},
    {"participation", "Participation means taking part and having your say."},
    {"outcome", "An outcome is a change we want to make happen."},
}};

bool word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-';
}

/// `word` in `text` as a whole word (or its plural), ignoring case.
bool uses(std::string_view text, std::string_view word) {
    std::string lower(text);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t at = lower.find(word); at != std::string::npos;
         at = lower.find(word, at + 1)) {
        std::size_t end = at + word.size();
        if (end < lower.size() && lower[end] == 's')
            ++end;
        const bool starts = at == 0 || !word_char(lower[at - 1]);
        const bool ends = end == lower.size() || !word_char(lower[end]);
        if (starts && ends)
            return true;
    }
    return false;
}

} // namespace

void explain_hard_words(std::vector<YouthBlock>& blocks) {
    std::array<bool, hard_words.size()> explained{};
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        if (blocks[b].kind == YouthBlock::Kind::contents)
            continue; // the headings it links to explain their words
        std::vector<std::string> after_heading;
        for (std::size_t line = 0; line < blocks[b].lines.size(); ++line) {
            for (std::size_t w = 0; w < hard_words.size(); ++w) {
                if (explained[w] || !uses(blocks[b].lines[line], hard_words[w].word))
                    continue;
                explained[w] = true;
                const std::string meaning(hard_words[w].meaning);
                if (blocks[b].kind == YouthBlock::Kind::heading)
                    after_heading.push_back(meaning);
                else
                    blocks[b].lines[line] += " " + meaning;
            }
        }
        if (!after_heading.empty()) {
            YouthBlock note;
            note.lines = std::move(after_heading);
            blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(b) + 1, std::move(note));
            ++b;
        }
    }
}

} // namespace engage::detail
