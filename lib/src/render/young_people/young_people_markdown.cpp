// SPDX-License-Identifier: MIT
// "You said, we did" as Markdown: headings, short paragraphs and lists, plan
// text escaped so that it shows as written (report.hpp).
#include "render/report/report_text.hpp"
#include "render/young_people/page.hpp"

#include <engage/report.hpp>

namespace engage {

namespace {

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines)
        out += (out.empty() ? "" : " ") + detail::markdown_inline(detail::tidy(line));
    return out;
}

void write_block(std::ostream& out, const detail::YouthBlock& block) {
    using Kind = detail::YouthBlock::Kind;
    switch (block.kind) {
    case Kind::heading:
        out << (block.level == 1 ? "" : "\n")
            << std::string(static_cast<std::size_t>(block.level), '#') << ' '
            << detail::markdown_inline(block.lines.front()) << "\n";
        return;
    case Kind::text:
        out << '\n';
        if (!block.label.empty())
            out << "**" << block.label << "** ";
        out << joined(block.lines) << "\n";
        return;
    case Kind::list:
        out << '\n';
        if (!block.label.empty())
            out << "**" << block.label << "**\n\n";
        for (const auto& line : block.lines)
            out << "- " << detail::markdown_inline(detail::tidy(line)) << '\n';
        return;
    case Kind::contents:
        return; // Markdown viewers list the headings themselves
    }
}

} // namespace

void render_you_said_we_did_markdown(std::ostream& out, std::span<const YouSaidWeDid> pages) {
    bool first = true;
    for (const auto& page : pages) {
        if (!first)
            out << "\n---\n\n";
        first = false;
        for (const auto& block : detail::youth_page(page))
            write_block(out, block);
    }
}

} // namespace engage
