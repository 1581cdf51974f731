// SPDX-License-Identifier: MIT
// The one escaping step: whatever plan text, file names or configuration hold,
// nothing engage prints carries a raw control character, invalid UTF-8, a
// bidirectional control, or a line a GitHub runner would read as a command.
#include "render/shared/escape.hpp"
#include "test_support.hpp"
#include "util/printable.hpp"
#include "util/utf8.hpp"

#include <engage/render.hpp>
#include <engage/report.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace engage;
using detail::Breaks;
using detail::printable;

namespace {

/// What no output may hold: C0 controls but LF (and CR before LF), DEL, C1
/// controls, U+2028/U+2029, bidirectional controls, invalid UTF-8. Returns
/// the first found, described, or "".
std::string raw_control_in(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool crlf = c == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
        if ((c < 0x20 && c != '\n' && !crlf) || c == 0x7F)
            return "byte " + std::to_string(c) + " at " + std::to_string(i);
        const std::size_t length = detail::utf8_sequence_length(text, i);
        if (length == 0)
            return "invalid UTF-8 at " + std::to_string(i);
        if (detail::hidden_control(std::string_view(text).substr(i, length)) != 0)
            return "a C1, separator or bidirectional control at " + std::to_string(i);
        i += length;
    }
    return "";
}

/// Lines that, once a runner trims their leading blanks, start a workflow command.
std::size_t command_lines(const std::string& text) {
    std::istringstream lines(text);
    std::size_t count = 0;
    for (std::string line; std::getline(lines, line);) {
        const auto start = line.find_first_not_of(" \t");
        count += start != std::string::npos && line.compare(start, 2, "::") == 0;
    }
    return count;
}

const std::string hostile_file = "plans/x\n::error file=README.md,line=1::injected\x1b[2K.yaml";
const std::string hostile_message =
    "unknown key `\x1b[2K\rNo problems found in 1 plan (1 file).\n::warning::forged\xc2\x85"
    "\xe2\x80\xae\xe2\x80\xa8\xff`";

ValidateResult hostile_result() {
    ValidateResult result;
    PlanResult plan;
    plan.plan.path = hostile_file;
    plan.plan.info.id.value = "id\n::error::x";
    plan.plan.files.push_back(SourceFile{hostile_file, "engage: 1\n\x1b[31mred: \x07\n"});
    plan.findings.push_back(make_finding(*find_rule("unknown-key"), hostile_file, 2, 6,
                                         hostile_message,
                                         "help\x1b]8;;http://x\x1b\\ with a link"));
    result.plans.push_back(std::move(plan));
    result.errors.push_back({"gone\n::error::dangling.yaml", "cannot read\x1b[2K"});
    return result;
}

} // namespace

TEST_CASE("printable shows control characters as escapes and leaves other text alone") {
    CHECK(printable("plain text, café, 日本") == "plain text, café, 日本");
    CHECK(printable("a\x1b[2Kb\rc\nd\te\x7f") == "a\\x1b[2Kb\\rc\\nd\\te\\x7f");
    CHECK(printable(std::string("nul\0byte", 8)) == "nul\\x00byte");
    CHECK(printable("c1\xc2\x85 nel, \xc2\x9b csi") == "c1\\u0085 nel, \\u009b csi");
    CHECK(printable("ltr\xe2\x80\xae rlo \xe2\x81\xa6 iso \xe2\x80\x8f rlm") ==
          "ltr\\u202e rlo \\u2066 iso \\u200f rlm");
    CHECK(printable("line\xe2\x80\xa8sep\xe2\x80\xa9para") == "line\\u2028sep\\u2029para");
    CHECK(printable("bad \xff\xc3( bytes") == "bad \xEF\xBF\xBD\xEF\xBF\xBD( bytes");
    CHECK(detail::is_printable("nothing to do"));
    CHECK_FALSE(detail::is_printable("tab\there"));
    CHECK(printable(printable("a\x1b b\n::c")) == printable("a\x1b b\n::c")); // idempotent
}

TEST_CASE("printable keeps line breaks when asked, and never lets a line start a command") {
    CHECK(printable("one\ntwo\r\nthree\tfour", Breaks::keep) == "one\ntwo\r\nthree\tfour");
    CHECK(printable("lone\rcarriage", Breaks::keep) == "lone\\rcarriage");
    CHECK(printable("::error::x") == "\\x3a:error::x");
    CHECK(printable("  \t::warning::x", Breaks::keep) == "  \t\\x3a:warning::x");
    CHECK(printable("a\n::error::x\n  ::notice::y", Breaks::keep) ==
          "a\n\\x3a:error::x\n  \\x3a:notice::y");
    // A runner trims Unicode spaces too.
    CHECK(printable("\xc2\xa0\xe3\x80\x80::error::x") == "\xc2\xa0\xe3\x80\x80\\x3a:error::x");
    CHECK(printable("a::b :: c") == "a::b :: c"); // only at the start of a line
}

TEST_CASE("a CSV cell that a spreadsheet could run as a formula never starts as one") {
    using detail::csv_cell;
    CHECK(csv_cell(" =1+1") == "' =1+1");
    CHECK(csv_cell("\n=HYPERLINK(\"http://x\")") == "\"'\n=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csv_cell("  \t @SUM(A1)") == "'  \t @SUM(A1)");
    CHECK(csv_cell("＝1+1") == "'＝1+1"); // the full-width forms, U+FF1D, U+FF0B, U+FF0D, U+FF20
    CHECK(csv_cell("＋44") == "'＋44");
    CHECK(csv_cell("－1") == "'－1");
    CHECK(csv_cell("＠cmd") == "'＠cmd");
    CHECK(csv_cell("\xC2\xA0=1") == "'\xC2\xA0=1"); // after a no-break space
    CHECK(csv_cell("a = b") == "a = b");
    CHECK(csv_cell(" plain") == " plain");
    CHECK(csv_cell(std::string("nul\0esc\x1b", 8)) == "nul\\x00esc\\x1b");
}

TEST_CASE("no output format prints a control character or a command line from plan text") {
    const ValidateResult result = hostile_result();
    const RepositoryPaths paths;
    const auto check_output = [](const std::string& name, const std::string& text,
                                 std::size_t commands) {
        CAPTURE(name);
        CAPTURE(text);
        CHECK(raw_control_in(text) == "");
        CHECK(command_lines(text) == commands);
    };
    std::ostringstream text, concise, github, junit, sarif, gitlab, json;
    render_text(text, result, TextStyle{false, true});
    render_text(concise, result, TextStyle{false, false});
    render_github(github, result, paths);
    render_junit(junit, result, paths);
    render_sarif(sarif, result, paths);
    render_gitlab(gitlab, result, paths);
    render_json(json, result);
    check_output("text", text.str(), 0);
    CHECK(text.str().find("\nNo problems found") == std::string::npos);
    check_output("concise", concise.str(), 0);
    check_output("github", github.str(), 1); // its one annotation, and nothing else
    check_output("junit", junit.str(), 0);
    check_output("sarif", sarif.str(), 0);
    check_output("gitlab", gitlab.str(), 0);
    check_output("json", json.str(), 0);
    CHECK(format_finding_line(result.plans.front().findings.front()).find('\n') ==
          std::string::npos);

    Report report = build_report(result.plans.front(), std::nullopt);
    report.title = std::string("Title\x1b[8m hidden \xe2\x80\xae nul \0 bad \xff", 31);
    const std::span<const Report> reports(&report, 1);
    std::ostringstream markdown, html, csv;
    render_report_markdown(markdown, reports);
    render_report_html(html, reports);
    render_report_csv(csv, reports, ReportTable::findings, CsvOptions{});
    check_output("markdown", markdown.str(), 0);
    check_output("html", html.str(), 0);
    check_output("csv", csv.str(), 0);
}
