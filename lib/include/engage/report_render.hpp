// Reports for people: one renderer per format over the same Report (report.hpp).
// Each takes the reports of one or more plans, in order, and writes one
// document; plan text is escaped for the format, so any plan renders safely.
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/load.hpp>
#include <engage/report.hpp>

#include <array>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

/// GitHub-flavoured Markdown: summary, standards matrix, Mermaid flow diagrams,
/// bodies, representation, actions, engagements, commitments, findings.
void render_report_markdown(std::ostream& out, std::span<const Report> reports);

/// One self-contained HTML page (inline CSS, the flow as inline SVG, no scripts
/// and nothing fetched from the network).
void render_report_html(std::ostream& out, std::span<const Report> reports);

/// One JSON object: `findings` and `standards` as FORMAT.md has them (the
/// standards of the only plan, or each standard at the lowest status any
/// plan reached), then `plans` with everything the other formats show.
void render_report_json(std::ostream& out, std::span<const Report> reports,
                        std::span<const InputError> errors = {});

/// The tables a report can be written as for spreadsheets.
enum class ReportTable { findings, actions, standards, bodies, engagements };
inline constexpr std::array<std::string_view, 5> report_table_names = {
    "findings", "actions", "standards", "bodies", "engagements"};
[[nodiscard]] std::optional<ReportTable> parse_report_table(std::string_view name);
[[nodiscard]] std::string_view to_string(ReportTable table);

struct CsvOptions {
    bool bom = false;   ///< start with a UTF-8 byte order mark, so Excel reads UTF-8
    bool header = true; ///< write the header line (off when appending to a table)
};

/// One table as CSV (RFC 4180: CRLF line ends, quoting, and cells that a
/// spreadsheet would run as a formula neutralised). The first column is
/// always `plan`, so tables of several plans can be joined.
void render_report_csv(std::ostream& out, std::span<const Report> reports, ReportTable table,
                       const CsvOptions& options = {});

/// What the batch index keeps of each plan: enough to compare plans side by
/// side, so that a run over many plans never holds more than a few reports.
struct IndexEntry {
    std::string id, title, area;
    std::string report_file; ///< the plan's report, relative to the index
    std::vector<StandardRow> standards;
    std::vector<std::string> orphan_forums;
    std::size_t actions = 0, actions_overdue = 0, commitments_due = 0;
    DaysSummary feedback_days;
    FindingCounts findings;
};

[[nodiscard]] IndexEntry index_entry(const Report& report, std::string report_file);

/// `index.md`: every plan side by side (standards, orphan forums, overdue
/// actions, days to feed back), with links to each plan's report and to the
/// combined tables, and the inputs that could not be read.
void render_report_index(std::ostream& out, std::span<const IndexEntry> plans,
                         std::span<const std::string> tables,
                         std::span<const InputError> errors = {});

} // namespace engage
