// SPDX-License-Identifier: MIT
// The Markdown writer: the report walk (report_walk.cpp) as GitHub-flavoured
// Markdown, for board papers and pull requests. Every piece of text goes
// through markdown_cell (tables) or markdown_inline (running text); names and
// ids become code spans, never escaped text; diagrams are Mermaid.
#include "render/report/report_text.hpp"
#include "render/report/report_writer.hpp"
#include "render/shared/escape.hpp"

#include <engage/render.hpp>
#include <engage/report.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace engage {

namespace detail {

namespace {

/// `name` as a code span: fenced with more backticks than it holds, and in a
/// table a pipe escaped (GitHub splits cells on pipes even inside code).
std::string code_span(std::string_view name, bool cell) {
    std::string text = printable_text(name);
    std::size_t longest = 0, run = 0;
    for (char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    if (cell) {
        std::string piped;
        for (char c : text)
            piped += c == '|' ? std::string("\\|") : std::string(1, c);
        text = std::move(piped);
    }
    const std::string fence(longest + 1, '`');
    const bool pad = !text.empty() && (text.front() == '`' || text.back() == '`');
    return fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
}

/// A link target engage made itself (an anchor or a safe file name), with
/// the characters that would end a Markdown link encoded.
std::string link_target(std::string_view target) {
    std::string out;
    for (char c : target) {
        if (c == ' ' || c == '(' || c == ')' || c == '<' || c == '>')
            out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
        else
            out += c;
    }
    return out;
}

class MarkdownWriter final : public ReportWriter {
public:
    explicit MarkdownWriter(std::ostream& out)
        : out_(out) {}

    void begin_document(std::string_view) override {}
    void end_document() override {}
    void begin_plan(bool first) override {
        if (!first)
            out_ << "---\n\n";
    }
    void end_plan() override {}

    void heading(int level, const Inline& text, std::string_view) override {
        out_ << std::string(static_cast<std::size_t>(level), '#') << ' ' << running(text) << "\n\n";
    }

    void paragraph(const Inline& text) override { out_ << running(text) << "\n\n"; }

    void list(std::span<const ListItem> items) override {
        for (const ListItem& item : items) {
            out_ << "- " << running(item.text) << '\n';
            for (const Inline& under : item.items)
                out_ << "  - " << running(under) << '\n';
        }
        out_ << '\n';
    }

    void facts(std::span<const Inline> items) override {
        for (const Inline& item : items)
            out_ << "- " << running(item) << '\n';
        out_ << '\n';
    }

    void contents(std::span<const Inline> links) override {
        out_ << "Contents: ";
        for (std::size_t i = 0; i < links.size(); ++i)
            out_ << (i == 0 ? "" : " · ") << running(links[i]);
        out_ << "\n\n";
    }

    void table(const Table& table) override {
        std::string rule;
        out_ << '|';
        for (auto column : table.columns) {
            out_ << ' ' << column << " |";
            rule += "---|";
        }
        out_ << "\n|" << rule << '\n';
        for (const auto& row : table.rows) {
            out_ << '|';
            for (const Inline& cell : row)
                out_ << ' ' << render(cell, true) << " |";
            out_ << '\n';
        }
        out_ << '\n';
    }

    void flow_diagram(const Report& r) override {
        out_ << "Forums are rounded and boards square. A heavy border marks a body that decides; "
                "a dashed red border, a forum whose views reach no body that decides. A dashed "
                "link has no recorded way back to the forum.\n\n";
        if (r.mermaid.size() > 1) {
            out_ << fmt::format(
                "The flow is drawn in {} diagrams, so that each stays readable.\n\n",
                r.mermaid.size());
        }
        for (const auto& block : r.mermaid)
            out_ << "```mermaid\n" << block << "```\n\n";
    }

private:
    std::ostream& out_;

    static std::string running(const Inline& text) { return render(text, false); }

    static std::string render(const Inline& text, bool cell) {
        std::string out;
        for (const Span& span : text.spans()) {
            const std::string words = cell ? markdown_cell(span.text) : markdown_inline(span.text);
            switch (span.kind) {
            case Span::Kind::text:
                out += words;
                break;
            case Span::Kind::marked: // a verdict or a severity
            case Span::Kind::strong:
                out += "**" + words + "**";
                break;
            case Span::Kind::emphasis:
                out += "*" + words + "*";
                break;
            case Span::Kind::code:
                out += code_span(span.text, cell);
                break;
            case Span::Kind::link:
                out += "[" + words + "](" + link_target(span.target) + ")";
                break;
            }
        }
        return out;
    }
};

} // namespace

std::unique_ptr<ReportWriter> markdown_writer(std::ostream& out) {
    return std::make_unique<MarkdownWriter>(out);
}

} // namespace detail

void render_report_markdown(std::ostream& out, std::span<const Report> reports) {
    const auto writer = detail::markdown_writer(out);
    detail::walk_reports(*writer, reports);
}

void render_report_index(std::ostream& out, std::span<const IndexEntry> plans,
                         std::span<const std::string> tables, std::span<const InputError> errors) {
    const auto writer = detail::markdown_writer(out);
    detail::walk_index(*writer, plans, tables, errors);
}

} // namespace engage
