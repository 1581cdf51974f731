// SPDX-License-Identifier: MIT
// The HTML writer: the report walk (report_walk.cpp) as one self-contained
// page: inline CSS (print: A4, page numbers), the flow as inline SVG, no
// script, nothing fetched (a Content-Security-Policy says so too). Written as
// well-formed XML (void elements closed), so any XML parser reads it.
#include "render/report/report_svg.hpp"
#include "render/report/report_writer.hpp"
#include "render/shared/escape.hpp"
#include "render/shared/html_page.hpp"

#include <engage/report.hpp>

#include <fmt/format.h>

namespace engage {

namespace detail {

namespace {

constexpr std::string_view style = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0;color:#1c2833;background:#fdfefe;line-height:1.45}
main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}
article+article{border-top:4px solid #d5dbdb;margin-top:2rem}
h1{font-size:1.7rem;margin:1rem 0 .3rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #d5dbdb}
h3{font-size:1.05rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.95rem;width:100%}
th,td{border:1px solid #d5dbdb;padding:.3rem .55rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
th{background:#f2f4f4}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em;background:#f2f4f4;padding:0 .2em;border-radius:3px;overflow-wrap:break-word}
.met{background:#d5f5e3}.partly{background:#fcf3cf}.not-met{background:#fadbd8}
.error{color:#922b21;font-weight:bold}.warning{color:#7a5f00;font-weight:bold}.info{color:#1f618d}
.facts{list-style:none;padding:0;color:#424949}.facts li{display:inline;margin-right:1.2rem}
.contents{border:1px solid #d5dbdb;padding:.2rem 1rem;margin:1rem 0}.contents h2{font-size:1rem;border:0;margin:.4rem 0}
.contents ol{columns:3;margin:.2rem 0 .5rem;padding-left:1.4rem}
.flow{max-width:100%;height:auto;border:1px solid #d5dbdb;background:#fff}
.flow text{font-size:13px;fill:#1c2833}
@page{size:A4;margin:16mm 14mm 18mm;@bottom-center{content:counter(page);font-size:9pt;color:#566573}}
@media print{body{font-size:9.5pt;line-height:1.35;background:#fff}h1{font-size:16pt}table{font-size:8.5pt}h2{margin-top:1.2rem}main{max-width:none;padding:0}
h1,h2,h3,h4{break-after:avoid}ul.many{columns:2;column-gap:1.5rem}tr,li,figure,svg{break-inside:avoid}thead{display:table-header-group}
a{color:inherit;text-decoration:none}}
)";

class HtmlWriter final : public ReportWriter {
public:
    explicit HtmlWriter(std::ostream& out)
        : out_(out) {}

    void begin_document(std::string_view title) override { html_page_start(out_, title, style); }
    void end_document() override { html_page_end(out_); }
    void begin_plan(bool) override { out_ << "<article>\n"; }
    void end_plan() override { out_ << "</article>\n"; }

    void heading(int level, const Inline& text, std::string_view anchor) override {
        out_ << "<h" << level;
        if (!anchor.empty())
            out_ << " id=\"" << html_text(anchor) << '"';
        out_ << '>' << render(text) << "</h" << level << ">\n";
    }

    void paragraph(const Inline& text) override { out_ << "<p>" << render(text) << "</p>\n"; }

    void list(std::span<const ListItem> items) override {
        out_ << "<ul>\n";
        for (const ListItem& item : items) {
            out_ << "<li>" << render(item.text);
            if (!item.items.empty()) {
                out_ << (item.items.size() > 3 ? "\n<ul class=\"many\">\n" : "\n<ul>\n");
                for (const Inline& under : item.items)
                    out_ << "<li>" << render(under) << "</li>\n";
                out_ << "</ul>";
            }
            out_ << "</li>\n";
        }
        out_ << "</ul>\n";
    }

    void facts(std::span<const Inline> items) override {
        out_ << "<ul class=\"facts\">";
        for (const Inline& item : items)
            out_ << "<li>" << render(item) << "</li>";
        out_ << "</ul>\n";
    }

    void contents(std::span<const Inline> links) override {
        out_ << "<nav class=\"contents\" aria-label=\"Contents\"><h2>Contents</h2><ol>";
        for (const Inline& link : links)
            out_ << "<li>" << render(link) << "</li>";
        out_ << "</ol></nav>\n";
    }

    void table(const Table& table) override {
        out_ << "<table><thead><tr>";
        for (auto column : table.columns)
            out_ << "<th scope=\"col\">" << html_text(column) << "</th>";
        out_ << "</tr></thead><tbody>\n";
        for (const auto& row : table.rows) {
            out_ << "<tr>";
            for (const Inline& cell : row)
                out_ << "<td>" << render(cell) << "</td>";
            out_ << "</tr>\n";
        }
        out_ << "</tbody></table>\n";
    }

    void flow_diagram(const Report& r) override {
        if (r.bodies.size() > svg_body_cap) {
            out_ << fmt::format("<p>The plan has {} bodies, too many to draw; the table below "
                                "lists where each passes its views.</p>\n",
                                r.bodies.size());
            return;
        }
        out_ << "<p>Bodies that decide are on the right, with a heavy border; each column to "
                "the left is one more link away. Forums are rounded, boards square. A forum "
                "with a dashed red border reaches no body that decides; a dashed red link has "
                "no recorded way back to the forum.</p>\n<figure>";
        write_flow_svg(out_, r);
        out_ << "</figure>\n";
    }

private:
    std::ostream& out_;

    static std::string render(const Inline& text) {
        std::string out;
        for (const Span& span : text.spans()) {
            const std::string words = html_text(span.text);
            switch (span.kind) {
            case Span::Kind::text:
                out += words;
                break;
            case Span::Kind::strong:
                out += "<strong>" + words + "</strong>";
                break;
            case Span::Kind::emphasis:
                out += "<em>" + words + "</em>";
                break;
            case Span::Kind::code:
                out += "<code>" + words + "</code>";
                break;
            case Span::Kind::link:
                out += "<a href=\"" + html_text(span.target) + "\">" + words + "</a>";
                break;
            case Span::Kind::marked:
                out += "<span class=\"" + html_text(span.target) + "\">" + words + "</span>";
                break;
            }
        }
        return out;
    }
};

} // namespace

std::unique_ptr<ReportWriter> html_writer(std::ostream& out) {
    return std::make_unique<HtmlWriter>(out);
}

} // namespace detail

void render_report_html(std::ostream& out, std::span<const Report> reports) {
    const auto writer = detail::html_writer(out);
    detail::walk_reports(*writer, reports);
}

void render_report_index_html(std::ostream& out, std::span<const IndexEntry> plans,
                              std::span<const std::string> tables,
                              std::span<const InputError> errors) {
    const auto writer = detail::html_writer(out);
    detail::walk_index(*writer, plans, tables, errors);
}

} // namespace engage
