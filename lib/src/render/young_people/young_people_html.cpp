// SPDX-License-Identifier: MIT
// "You said, we did" as one self-contained HTML page for a phone: large type,
// one column, dark text on white (every colour pair at least 7:1, above WCAG
// AA's 4.5:1), headings in order, lists rather than tables, no script, no
// picture, nothing fetched (report.hpp).
#include "render/shared/escape.hpp"
#include "render/shared/html_page.hpp"
#include "render/young_people/page.hpp"

#include <engage/report.hpp>

#include <fmt/format.h>

namespace engage {

namespace {

using detail::html_text;

// 20px type (above the 14pt that easy-read guidance asks for), lines of
// about 60 characters, touch targets of at least 44px.
constexpr std::string_view style = R"(
html{font-size:125%}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;color:#1b1b1b;background:#ffffff;line-height:1.6;overflow-wrap:break-word}
main{max-width:38rem;margin:0 auto;padding:.75rem 1rem 3rem}
h1{font-size:1.8rem;line-height:1.2;color:#0b3d62;margin:.75rem 0 1rem}
h2{font-size:1.45rem;line-height:1.25;color:#0b3d62;margin:2.5rem 0 .75rem;padding-top:1rem;border-top:4px solid #0b3d62}
h3{font-size:1.2rem;line-height:1.3;color:#1b1b1b;margin:1.75rem 0 .5rem}
h4{font-size:1.1rem;line-height:1.35;color:#1b1b1b;margin:1.5rem 0 .5rem}
.changed{border-left:6px solid #1d6b38;padding:.1rem 0 .1rem .75rem;margin-left:0}
.changed p,.changed ul{margin-bottom:.25rem}
.topic{background:#eef4f8;border-left:6px solid #0b3d62;padding:.5rem .75rem}
p{margin:.5rem 0 1rem}
p.label{margin-bottom:.25rem}
ul{margin:.25rem 0 1rem;padding-left:1.4rem}
li{margin:.5rem 0}
nav ul{list-style:none;padding:0}
nav a{display:block;min-height:44px;box-sizing:border-box;padding:.5rem .75rem;margin:.5rem 0;border:2px solid #0b3d62;border-radius:.5rem;color:#0b3d62;font-weight:600;text-decoration:none}
a{color:#0b4f8a}
a:focus{outline:3px solid #1b1b1b;outline-offset:2px}
article+article{margin-top:3rem;border-top:8px solid #0b3d62}
@page{size:A4;margin:18mm}
@media print{html{font-size:14pt}h2,h3,h4{break-after:avoid}li{break-inside:avoid}nav{display:none}}
)";

void write_block(std::ostream& out, const detail::YouthBlock& block, const std::string& prefix) {
    using Kind = detail::YouthBlock::Kind;
    switch (block.kind) {
    case Kind::heading:
        out << "<h" << block.level;
        if (block.topic)
            out << " class=\"topic\"";
        if (!block.anchor.empty())
            out << " id=\"" << prefix << block.anchor << '"';
        out << '>' << html_text(block.lines.front()) << "</h" << block.level << ">\n";
        return;
    case Kind::text: {
        out << (block.changed ? "<p class=\"changed\">" : "<p>");
        if (!block.label.empty())
            out << "<strong>" << html_text(block.label) << "</strong> ";
        std::string sentences;
        for (const auto& line : block.lines)
            sentences += (sentences.empty() ? "" : " ") + html_text(detail::tidy(line));
        out << sentences << "</p>\n";
        return;
    }
    case Kind::list:
        if (block.changed)
            out << "<div class=\"changed\">\n";
        if (!block.label.empty())
            out << "<p class=\"label\"><strong>" << html_text(block.label) << "</strong></p>\n";
        out << "<ul>\n";
        for (const auto& line : block.lines)
            out << "<li>" << html_text(detail::tidy(line)) << "</li>\n";
        out << (block.changed ? "</ul>\n</div>\n" : "</ul>\n");
        return;
    case Kind::contents:
        out << "<nav aria-labelledby=\"" << prefix << "contents\">\n<p class=\"label\" id=\""
            << prefix << "contents\"><strong>" << html_text(block.label) << "</strong></p>\n<ul>\n";
        for (std::size_t i = 0; i < block.lines.size(); ++i) {
            out << "<li><a href=\"#" << prefix << block.anchors[i] << "\">"
                << html_text(detail::tidy(block.lines[i])) << "</a></li>\n";
        }
        out << "</ul>\n</nav>\n";
        return;
    }
}

} // namespace

void render_you_said_we_did_html(std::ostream& out, std::span<const YouSaidWeDid> pages) {
    std::string title = "You said, we did";
    if (pages.size() == 1 && !pages.front().area.empty())
        title += ": " + detail::tidy(pages.front().area);
    detail::html_page_start(out, title, style);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        // Anchors stay unique when several plans share the page.
        const std::string prefix = p == 0 ? std::string() : fmt::format("plan-{}-", p + 1);
        out << "<article>\n";
        for (const auto& block : detail::youth_page(pages[p]))
            write_block(out, block, prefix);
        out << "</article>\n";
    }
    detail::html_page_end(out);
}

} // namespace engage
