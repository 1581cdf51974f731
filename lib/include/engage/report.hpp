// SPDX-License-Identifier: MIT
// A report on one checked plan: the facts people read, worked out once from a
// PlanResult and an as-of date, so that every format (Markdown, CSV, HTML,
// JSON) shows the same numbers. Renderers are in report_render.hpp.
#pragma once

#include <engage/assessment.hpp>
#include <engage/diagnostic.hpp>
#include <engage/engine.hpp>
#include <engage/graph.hpp>
#include <engage/load.hpp>
#include <engage/model.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

struct ReportCounts {
    std::size_t bodies = 0, forums = 0, boards = 0, deciding = 0, links = 0;
    std::size_t groups = 0, actions = 0, engagements = 0, commitments = 0;
    FindingCounts findings;
};

/// One row of the standards matrix.
struct StandardRow {
    std::string key, name;
    Attainment status = Attainment::not_met;
    std::size_t indicators_met = 0, indicators_total = 0;
    std::optional<int> self_score;
    std::size_t indicators_partly = 0; ///< with evidence and a problem (counted apart from met)
};

/// Where a body passes views, and how it hears back.
struct FeedRow {
    std::string to_id, to_name, how, feedback; ///< feedback empty: none recorded
};

struct BodyRow {
    std::string id, name;
    std::string kind;    ///< "forum", "board" or "" when not said
    std::string led_by;  ///< "young-people", "adults", "shared" or ""
    std::string cadence; ///< "monthly", "3 a year", or "" when not said
    int meetings_per_year = 0;
    std::optional<int> young_people, adults;
    bool forum = false, decides = false;
    bool orphan = false;  ///< a forum with no route to a body that decides
    bool in_loop = false; ///< feeds round in a loop
    /// Links from this body to the nearest body that decides; none when there is no route.
    std::optional<std::uint32_t> links_to_decision;
    std::vector<FeedRow> feeds_into;
};

/// A `feeds_into` link between two bodies of the plan (indices into Report::bodies).
struct FlowEdge {
    std::uint32_t from = 0, to = 0;
    std::string how;
    bool feedback = false;
};

/// A group, the forums that speak for it, and the deciding bodies they reach (names).
struct RepresentationRow {
    std::string group_id, group_name;
    std::vector<std::string> forums, deciders;
};

struct ActionRow {
    std::string id, title, priority, lead, status; ///< status "" when not said
    std::optional<Date> due, done_on;
    std::vector<std::string> standards;
    bool overdue = false;  ///< due before the as-of date and not done or dropped
    long days_overdue = 0; ///< when overdue
};

/// A count under a label (a status, a lead, a standard), in a fixed order.
struct Tally {
    std::string label;
    std::size_t count = 0;
};

struct EngagementRow {
    std::string id, title, method;
    std::optional<Date> date, fed_back_on;
    std::vector<std::string> you_said, we_did;
    std::optional<long> days_to_feed_back; ///< fed_back_on minus date, when both are known
    bool awaiting_feedback = false;        ///< held before the as-of date, no feedback recorded
};

struct CommitmentRow {
    std::string id, by, text, status;
    std::optional<Date> review;
    bool due_for_review = false; ///< review date on or before the as-of date, not done or dropped
};

/// Findings under one standard (or, with an empty key, those that serve none).
struct FindingGroup {
    std::string standard_key, standard_name;
    std::vector<Finding> findings;
};

/// The middle and the spread of a set of day counts.
struct DaysSummary {
    std::size_t count = 0;
    long median = 0, min = 0, max = 0; ///< median rounds down between two middles
};

// ---- "You said, we did": a page written for the children and young people
// themselves, built from the plan (not from the findings): per forum and for
// the plan, what they said, what changed, when they were told, what is still
// being worked on and who to ask. It holds only what the plan records; the
// renderers say plainly where the plan records nothing.

/// One time children and young people gave their views (an engagement).
struct YouthTopic {
    struct Change {
        std::string what;
        std::string by; ///< who made the change (a name), "" when not said
        std::optional<Date> on;
    };
    struct Answer {
        std::string view;
        std::string answer; ///< the reason it was not done, or the response; "" when not said
    };
    std::string title;            ///< the engagement's title (its id when untitled)
    std::optional<Date> date;     ///< when it happened
    std::vector<std::string> who; ///< the groups that took part (names)
    std::vector<std::string> you_said;
    std::vector<Change> we_did;
    std::vector<Answer> not_done;    ///< `declined`: the view and why it was not acted on
    std::vector<Answer> other_views; ///< `minority_views`, with the response when given
    std::vector<std::string> learned;
    std::optional<Date> told_on;     ///< `fed_back_on`: when they were told what changed
    bool waiting_to_be_told = false; ///< held before the as-of date, nobody told yet

    /// Nothing recorded beyond the title and date: no view, change or learning.
    [[nodiscard]] bool says_nothing() const;
};

/// Work still owed that young people can follow: an open action or commitment.
struct YouthWork {
    std::string what;
    std::string who; ///< the action's lead or who made the commitment; "" when not said
    std::optional<Date> due;
    bool promise = false; ///< a commitment rather than an action
    bool late = false;    ///< due before the as-of date and not done
    bool blocked = false;
    bool started = false; ///< in progress
};

/// Where a forum passes its views, and how it hears back.
struct YouthRoute {
    std::string to;       ///< the receiving body's name
    std::string how;      ///< what is passed on, "" when not said
    std::string feedback; ///< how the forum hears back, "" when not said
};

/// A forum that carries children and young people's views.
struct YouthForum {
    std::string name;
    bool run_by_young_people = false;
    bool decides = false;
    std::vector<std::string> speaks_for; ///< the groups it represents (names)
    std::string meets;                   ///< how often, in words ("every month"); "" not said
    std::vector<YouthRoute> views_go_to;
    std::vector<YouthTopic> topics;
    std::vector<YouthWork> still_working_on;
    std::string ask; ///< who to ask: the chair; "" when not recorded (the page names the owner)
};

struct YouSaidWeDid {
    std::string plan_title, area;
    std::optional<Date> as_of;
    std::vector<YouthForum> forums;          ///< children's forums, in file order
    std::vector<YouthTopic> other_topics;    ///< views given outside any children's forum
    std::vector<YouthWork> still_working_on; ///< open work for young people not under a forum
    std::string ask;                         ///< the plan's owner; "" when not recorded
};

struct Report {
    // The plan
    std::string id, title, area, owner, path, framework_name;
    std::optional<Date> from, to, review_date, as_of;
    std::vector<std::string> files;

    ReportCounts counts;
    std::optional<Assessment> assessment; ///< indicator by indicator; none if not assessed
    std::vector<StandardRow> standards;
    std::vector<BodyRow> bodies; ///< in file order; FlowEdge indices point here
    std::vector<FlowEdge> links;
    /// The flow as Mermaid flowcharts (render_mermaid), split so each stays small enough to draw.
    std::vector<std::string> mermaid;
    std::vector<RepresentationRow> representation;
    std::vector<ActionRow> actions;
    std::vector<Tally> actions_by_status, actions_by_lead, actions_by_standard;
    std::size_t actions_overdue = 0;
    std::vector<EngagementRow> engagements;
    DaysSummary feedback_days;
    std::vector<CommitmentRow> commitments;
    std::vector<FindingGroup> findings;
    /// How much evidence each rule recorded, by rule name (to say "19 of 39").
    std::map<std::string_view, std::size_t> evidence_totals;
    /// Forums with no route to a body that decides (names).
    std::vector<std::string> orphan_forums;

    /// Whether some finding reaches the plan's failing level.
    bool fails = false;

    /// The "You said, we did" page for the plan's children and young people.
    YouSaidWeDid young_people;

    [[nodiscard]] std::size_t commitments_due() const;
};

/// Works out the report for one checked plan. Overdue actions, feedback still
/// awaited and commitments due for review are measured against `as_of`; with
/// no date, none is counted.
[[nodiscard]] Report build_report(const PlanResult& result, std::optional<Date> as_of);

/// The median, lowest and highest of `days` (all zero when empty).
[[nodiscard]] DaysSummary summarise_days(std::vector<long> days);

// ---- Reports for people: one renderer per format over the same Report (report.hpp).
// Each takes the reports of one or more plans, in order, and writes one
// document; plan text is escaped for the format, so any plan renders safely.

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

/// The same as an HTML page (`index.html`).
void render_report_index_html(std::ostream& out, std::span<const IndexEntry> plans,
                              std::span<const std::string> tables,
                              std::span<const InputError> errors = {});

/// `index.md`: every plan side by side (standards, orphan forums, overdue
/// actions, days to feed back), with links to each plan's report and to the
/// combined tables, and the inputs that could not be read.
void render_report_index(std::ostream& out, std::span<const IndexEntry> plans,
                         std::span<const std::string> tables,
                         std::span<const InputError> errors = {});

// ---- The table of report formats (lib/src/render/formats.cpp): a format is
// its renderer's file plus one line in the table. --format's choices, the
// completions and the man page follow the table.

/// Who the reports of `engage report` are written for, by default: the board
/// or committee that holds the plan to account. A format is found by its
/// audience and its name, so a report for another audience adds lines to the
/// same table.
inline constexpr std::string_view board_audience = "board";
/// The children and young people whose views the plan is about ("You said, we did").
inline constexpr std::string_view young_people_audience = "young-people";

/// What a report renderer is given besides the reports.
struct ReportContext {
    ReportTable table = ReportTable::findings; ///< the CSV table to write
    CsvOptions csv;
    std::span<const InputError> errors; ///< inputs that could not be read (JSON lists them)
};

/// One format of `engage report`, for one audience.
struct ReportFormat {
    std::string_view audience;  ///< e.g. board_audience
    std::string_view name;      ///< --format's value, e.g. "markdown"
    std::string_view extension; ///< of a plan's report with --out, e.g. ".md"
    void (*render)(std::ostream& out, std::span<const Report> reports,
                   const ReportContext& context);
    /// With --out, the batch index comparing the plans, and its file name.
    /// nullptr: the format writes a page per plan and nothing else (no
    /// combined tables, no index).
    void (*render_index)(std::ostream& out, std::span<const IndexEntry> plans,
                         std::span<const std::string> tables, std::span<const InputError> errors);
    std::string_view index_file;
    /// With --out, a file per table (`ID.TABLE.csv`) rather than one report per plan.
    bool every_table = false;
};

/// Every report format, each audience's default first.
[[nodiscard]] std::span<const ReportFormat> report_formats();
/// The format called `name` for `audience`; nullptr when there is none.
[[nodiscard]] const ReportFormat* find_report_format(std::string_view audience,
                                                     std::string_view name);
/// The names of `audience`'s formats, its default first (for --format's choices).
[[nodiscard]] std::vector<std::string> report_format_names(std::string_view audience);
/// Every audience with a format, each once, the default (board_audience) first.
[[nodiscard]] std::vector<std::string> report_audiences();

// ---- `engage report --out DIR`: a report per plan, combined CSV tables and an
// index comparing the plans, written safely (output.hpp) by the batch runner
// (run_plans, engine.hpp), so the bytes never depend on the number of threads.

struct ReportBatchOptions {
    RunOptions run;
    const ReportFormat* format = nullptr; ///< from report_formats(); nullptr: the first
    bool bom = false;                     ///< CSV files start with a UTF-8 byte order mark
};

struct ReportBatchResult {
    RunSummary run;
    std::vector<std::filesystem::path> written; ///< every file written, in order
    /// Why the run stopped early (a file that could not be written, a bad
    /// configuration); empty when every report and the index were written.
    std::string failure;
    /// When it stopped: what was not written, in words ("the report on PATH", "index.md").
    std::vector<std::string> not_written;
};

/// Writes into `folder` (created if needed), for each plan found at `paths`:
/// `STEM.md` (or `.html`, `.json`; for CSV `STEM.TABLE.csv` for every table),
/// where STEM is the plan id made safe as a file name and unique; then
/// `all-TABLE.csv` for every table with every plan's rows, and `index.md`.
/// Each file is written whole or not at all, and never over an input file.
/// When writing fails half-way, the files already written stay.
[[nodiscard]] ReportBatchResult write_reports(const std::vector<std::string>& paths,
                                              const std::filesystem::path& folder,
                                              const ReportBatchOptions& options);

/// The page for one checked plan. Engagements, actions and commitments only of
/// adults' groups or adults' forums are left out; "late" is measured against
/// `as_of` (with no date, nothing is late).
[[nodiscard]] YouSaidWeDid build_you_said_we_did(const PlanResult& result,
                                                 std::optional<Date> as_of);

/// "March 2024".
[[nodiscard]] std::string month_in_words(const Date& date);

/// The page in Markdown: short sentences, no ids or codes, hard words
/// explained where they first appear, lists rather than tables.
void render_you_said_we_did_markdown(std::ostream& out, std::span<const YouSaidWeDid> pages);

/// The page as one self-contained HTML document (inline CSS, no script):
/// large type, fits a phone, WCAG 2.1 AA contrast and heading order, lang="en".
void render_you_said_we_did_html(std::ostream& out, std::span<const YouSaidWeDid> pages);


} // namespace engage
