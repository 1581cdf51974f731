// SPDX-License-Identifier: MIT
#include "render/shared/escape.hpp"
#include "render/shared/json_writer.hpp"
#include "test_support.hpp"

#include <engage/render.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace engage;

namespace {
/// A result holding only the loader's findings, so renderer tests do not move
/// when evidence rules are added.
ValidateResult one_plan(const std::string& text) {
    LoadedPlan loaded = test::load(text);
    ValidateResult result;
    PlanResult plan;
    plan.plan = std::move(loaded.plan);
    plan.findings = std::move(loaded.findings);
    result.plans.push_back(std::move(plan));
    return result;
}
} // namespace

TEST_CASE("JSON strings escape quotes, control characters and invalid UTF-8") {
    std::ostringstream out;
    detail::JsonWriter::write_string(out, std::string("a\"b\\c\n\t\x01\xC3\xA9\xFF", 11));
    CHECK(out.str() == "\"a\\\"b\\\\c\\n\\t\\u0001\xC3\xA9\\ufffd\"");
}

TEST_CASE("JSON output has the fields of the output contract") {
    std::ostringstream out;
    render_json(out, one_plan("engage: 1\nplan: {id: p, title: P}\nbudget: 1\n"));
    const std::string json = out.str();
    CHECK(json.find("\"findings\": [") != std::string::npos);
    CHECK(json.find("\"rule\": \"unknown-key\"") != std::string::npos);
    CHECK(json.find("\"severity\": \"error\"") != std::string::npos);
    CHECK(json.find("\"file\": \"plan.yaml\"") != std::string::npos);
    CHECK(json.find("\"line\": 3") != std::string::npos);
    CHECK(json.find("\"column\": 1") != std::string::npos);
    CHECK(json.back() == '\n');
}

TEST_CASE("text output quotes the line with a caret under the column") {
    std::ostringstream out;
    render_text(out, one_plan("engage: 1\nplan: {id: p, title: P, aera: x}\n"), TextStyle{});
    CHECK(out.str() ==
          "plan.yaml:2:25: error[unknown-key]: `aera` is not a key of the plan section\n"
          "  |\n"
          "2 | plan: {id: p, title: P, aera: x}\n"
          "  |                         ^\n"
          "  = help: Did you mean `area`?\n"
          "\n"
          "Found 1 error in 1 plan (1 file).\n");
}

TEST_CASE("concise text output is one line per finding, and colour is opt-in") {
    std::ostringstream plain;
    render_text(plain, one_plan("engage: 1\nplan: {id: p, title: P}\nx: 1\n"),
                TextStyle{false, false});
    CHECK(plain.str() == "plan.yaml:3:1: error[unknown-key]: `x` is not a key of a plan "
                         "file\nFound 1 error in 1 plan (1 file).\n");
    std::ostringstream colored;
    render_text(colored, one_plan("engage: 1\nplan: {id: p, title: P}\nx: 1\n"),
                TextStyle{true, false});
    CHECK(colored.str().find("\x1b[1;31merror\x1b[0m") != std::string::npos);
}

TEST_CASE("long source lines are shown as a window around the column") {
    std::ostringstream out;
    const std::string padding(300, 'a');
    render_text(out, one_plan("engage: 1\nplan: {id: p, title: " + padding + ", bad: 1}\n"),
                TextStyle{});
    const std::string text = out.str();
    CHECK(text.find("...") != std::string::npos);
    CHECK(text.find(padding) == std::string::npos);
    // The caret sits under the 'b' of "bad" within the window.
    const auto quoted = text.find("2 | ");
    const auto caret = text.find('^');
    REQUIRE(quoted != std::string::npos);
    REQUIRE(caret != std::string::npos);
    const auto caret_offset = caret - (text.rfind('\n', caret) + 1);
    CHECK(text.substr(quoted + caret_offset, 3) == "bad");
}

TEST_CASE("a source excerpt and a UTF-16 column are right far along a long line") {
    // Multi-byte and astral letters, so code points, bytes and UTF-16 units differ.
    std::string line;
    for (int i = 0; i < 2000; ++i)
        line += i % 5 == 0 ? "\xF0\x9F\x98\x80" : i % 3 == 0 ? "\xC3\xA9" : "a";
    const SourceFile file{"long.yaml", "x: 1\n" + line + "\r\nend: 2\n"};
    SourceIndex sources;
    sources.add(file);
    for (const std::uint32_t column : {1u, 40u, 51u, 52u, 1000u, 1949u, 1950u, 2000u, 2001u}) {
        INFO(column);
        const SourceIndex::Excerpt excerpt = sources.excerpt("long.yaml", 2, column, 100);
        // Decode the line by hand: the excerpt is 100 code points around the column.
        std::vector<std::string_view> points;
        for (std::size_t i = 0; i < line.size();) {
            const std::size_t length = (line[i] & 0x80) == 0                           ? 1
                                       : (static_cast<unsigned char>(line[i]) >= 0xF0) ? 4
                                                                                       : 2;
            points.push_back(std::string_view(line).substr(i, length));
            i += length;
        }
        const std::uint32_t first = column > 50 ? std::min(column - 50, 2000u - 100u) : 0;
        std::string expected;
        for (std::uint32_t i = first; i < first + 100; ++i)
            expected += points[i];
        CHECK(excerpt.text == expected);
        CHECK(excerpt.column == column - first);
        CHECK(excerpt.cut_before == (first > 0));
        CHECK(excerpt.cut_after == (first + 100 < 2000));
        std::uint32_t units = 1;
        for (std::uint32_t i = 0; i + 1 < column; ++i)
            units += i < points.size() && points[i].size() == 4 ? 2 : 1;
        CHECK(sources.utf16_column("long.yaml", 2, column) == units);
    }
    CHECK(sources.excerpt("long.yaml", 3, 1, 100).text == "end: 2"); // short: all of it
    CHECK(sources.line("long.yaml", 2) == line);                     // without the CRLF
}

TEST_CASE("engage explain documents every rule in full") {
    for (const RuleInfo& rule : all_rules()) {
        INFO(rule.name);
        std::ostringstream out;
        render_rule_doc(out, rule);
        const std::string text = out.str();
        CHECK(text.rfind(std::string(rule.code) + " " + std::string(rule.name), 0) == 0);
        for (const char* section :
             {"Why it matters", "Example of the problem", "Put right", "What to do"}) {
            CHECK(text.find(section) != std::string::npos);
        }
        if (rule.family == RuleFamily::evidence || rule.family == RuleFamily::flow) {
            CHECK(text.find("National Standards for Community Engagement: ") != std::string::npos);
        }
    }
}

TEST_CASE("diagram labels are escaped for Mermaid and Graphviz") {
    const LoadedPlan loaded =
        test::load("engage: 1\nplan: {id: p, title: \"t \\\" \\\\ x\"}\nbodies:\n"
                   "  - {id: a, name: \"a \\\" # | <b> ` & x\", kind: forum, feeds_into: [{to: b, "
                   "how: \"-->|x|\"}]}\n"
                   "  - {id: b, name: \"b \\\\ \\\"\", kind: board, decides: true}\n");
    REQUIRE(loaded.findings.empty());
    const FlowGraph graph(loaded.plan);
    std::ostringstream mermaid;
    render_mermaid(mermaid, loaded.plan, graph);
    CHECK(mermaid.str().find("n0([\"a #quot; #35; #124; #lt;b#gt; #96; #amp; x\"])") !=
          std::string::npos);
    CHECK(mermaid.str().find("-.->|\"--#gt;#124;x#124;<br/>(no feedback)\"| n1") !=
          std::string::npos);
    std::ostringstream dot;
    render_dot(dot, loaded.plan, graph);
    CHECK(dot.str().find("label=\"b \\\\ \\\"\"") != std::string::npos);
    CHECK(dot.str().find("label=\"t \\\" \\\\ x\"") != std::string::npos);
}

TEST_CASE("CSV cells quote separators and neutralise formulas") {
    using engage::detail::csv_cell;
    CHECK(csv_cell("plain") == "plain");
    CHECK(csv_cell("a, b") == "\"a, b\"");
    CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
    CHECK(csv_cell("=SUM(A1:A9)") == "'=SUM(A1:A9)");
    CHECK(csv_cell("+44 1234") == "'+44 1234");
    CHECK(csv_cell("-1") == "'-1");
    CHECK(csv_cell("@cmd") == "'@cmd");
    CHECK(csv_cell("\tx") == "'\tx");
    CHECK(csv_cell("=a,b") == "\"'=a,b\"");
    CHECK(csv_cell("") == "");
}

TEST_CASE("Markdown cells and HTML text cannot break out of their place") {
    using engage::detail::html_text;
    using engage::detail::markdown_cell;
    CHECK(markdown_cell("a | b") == "a \\| b");
    CHECK(markdown_cell("line\nbreak") == "line break");
    CHECK(markdown_cell("<script>") == "&lt;script&gt;");
    CHECK(markdown_cell("**bold** [link](x)") == "\\*\\*bold\\*\\* \\[link\\](x)");
    CHECK(html_text("<a href=\"x\">'&'</a>") ==
          "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST_CASE("Mermaid labels wrap at word boundaries and a shared label is said once") {
    const LoadedPlan loaded = test::load(
        "engage: 1\nplan: {id: p, title: t}\nbodies:\n"
        "  - {id: a, name: One forum, kind: forum, feeds_into: [{to: c, how: Participation in "
        "Governance Programme}]}\n"
        "  - {id: b, name: Another forum, kind: forum, feeds_into: [{to: c, how: Participation in "
        "Governance Programme}]}\n"
        "  - {id: c, name: The partnership board of the whole council area together, kind: board, "
        "decides: true}\n");
    const FlowGraph graph(loaded.plan);
    std::ostringstream mermaid;
    render_mermaid(mermaid, loaded.plan, graph);
    const std::string text = mermaid.str();
    CHECK(text.find("n2[\"The partnership board of the<br/>whole council area together\"]") !=
          std::string::npos);
    CHECK(
        text.find("n0 -.->|\"Participation in Governance<br/>Programme<br/>(no feedback)\"| n2") !=
        std::string::npos);
    CHECK(text.find("n1 -.-> n2\n") != std::string::npos);
    CHECK(text.find("...") == std::string::npos);
}
