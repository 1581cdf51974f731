// SPDX-License-Identifier: MIT
// The report is walked once (report_walk.cpp) and written through this small
// interface; a Markdown writer and an HTML writer put it into their format and
// escape every piece of text for it. Internal to the report renderers.
#pragma once

#include <engage/report.hpp>

#include <map>
#include <memory>
#include <utility>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace engage::detail {

/// A piece of running text. Every kind is escaped by the writer; `code` is a
/// name or id shown as code (`<code>` in HTML), `marked` carries a class that
/// HTML colours (a verdict, a severity) and Markdown shows as plain words.
struct Span {
    enum class Kind { text, strong, emphasis, code, link, marked };
    Kind kind = Kind::text;
    std::string text;
    std::string target; ///< link: "#anchor" or a file name; marked: the class
};

/// A run of spans: a line of a list, a paragraph, a table cell.
class Inline {
public:
    Inline() = default;
    Inline(std::string_view words) { text(words); }   // NOLINT: plain words read as text
    Inline(const std::string& words) { text(words); } // NOLINT
    Inline(const char* words) { text(words); }        // NOLINT

    Inline& text(std::string_view words);
    Inline& strong(std::string_view words);
    Inline& emphasis(std::string_view words);
    Inline& code(std::string_view name);
    Inline& link(std::string_view words, std::string_view target);
    Inline& marked(std::string_view words, std::string_view css_class);
    Inline& append(const Inline& more);
    /// Engage's own words in which `name` marks a code span (rule summaries).
    Inline& words_with_code(std::string_view words);

    [[nodiscard]] bool empty() const { return spans_.empty(); }
    [[nodiscard]] const std::vector<Span>& spans() const { return spans_; }

private:
    std::vector<Span> spans_;
};

/// An item of a list, with items under it.
struct ListItem {
    Inline text;
    std::vector<Inline> items;
};

struct Table {
    std::vector<std::string_view> columns;
    std::vector<std::vector<Inline>> rows;
};

class ReportWriter {
public:
    virtual ~ReportWriter() = default;
    ReportWriter() = default;
    ReportWriter(const ReportWriter&) = delete;
    ReportWriter& operator=(const ReportWriter&) = delete;

    virtual void begin_document(std::string_view title) = 0;
    virtual void end_document() = 0;
    /// A plan's part of the document (several plans may share one).
    virtual void begin_plan(bool first) = 0;
    virtual void end_plan() = 0;
    /// `anchor`: the id links to it use ("#anchor"); the same as GitHub makes from the words.
    virtual void heading(int level, const Inline& text, std::string_view anchor) = 0;
    virtual void paragraph(const Inline& text) = 0;
    virtual void list(std::span<const ListItem> items) = 0;
    /// A short line of facts (area, owner, dates...).
    virtual void facts(std::span<const Inline> items) = 0;
    virtual void table(const Table& table) = 0;
    /// The contents: links to the sections that follow.
    virtual void contents(std::span<const Inline> links) = 0;
    /// The flow of views as a picture, with the words that explain it.
    virtual void flow_diagram(const Report& report) = 0;
};

/// The slug GitHub makes of a heading's words ("What to fix first" ->
/// "what-to-fix-first"): lower case, spaces as hyphens, punctuation dropped.
[[nodiscard]] std::string slug_of(std::string_view words);

/// The anchors of one document's headings, given as GitHub gives them: a slug
/// already used in the document gets "-1", "-2"... So a link made from the
/// same words lands on the heading in Markdown rendered by GitHub and in HTML,
/// however many plans the document holds and whatever their headings say.
class Anchors {
public:
    /// The anchor the next heading with these words will get.
    [[nodiscard]] std::string peek(std::string_view words) const;
    /// The anchor of a heading with these words, now written.
    std::string take(std::string_view words);

private:
    [[nodiscard]] std::pair<std::string, std::size_t> next(const std::string& slug) const;
    std::map<std::string, std::size_t, std::less<>> used_; ///< slug -> times numbered
};

[[nodiscard]] std::unique_ptr<ReportWriter> markdown_writer(std::ostream& out);
[[nodiscard]] std::unique_ptr<ReportWriter> html_writer(std::ostream& out);

/// Walks each report, writing it through `writer`: the document a board reads.
void walk_reports(ReportWriter& writer, std::span<const Report> reports);

/// Walks the batch index (every plan side by side), writing it through `writer`.
void walk_index(ReportWriter& writer, std::span<const IndexEntry> plans,
                std::span<const std::string> tables, std::span<const InputError> errors);

} // namespace engage::detail
