// SPDX-License-Identifier: MIT
// The board report's words and the one walk that Markdown and HTML share.
#include "render/report/report_text.hpp"
#include "render/report/report_writer.hpp"

#include <engage/report.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using engage::Attainment;
using engage::StandardRow;

namespace {

StandardRow row(Attainment status, std::size_t met, std::size_t partly, std::size_t total) {
    StandardRow r{"inclusion", "Inclusion", status, met, total, {}};
    r.indicators_partly = partly;
    return r;
}

engage::Report small_report() {
    engage::Report r;
    r.id = "small";
    r.title = "A small plan";
    r.standards.push_back(row(Attainment::partly, 0, 3, 5));
    engage::FindingGroup group;
    group.standard_key = "inclusion";
    group.standard_name = "Inclusion";
    engage::Finding f;
    f.rule = "orphan-forum";
    f.message = "the plan names no body that views from the Youth Forum go to";
    f.file = "plans/small.yaml";
    f.line = 4;
    group.findings.push_back(f);
    r.findings.push_back(group);
    return r;
}

} // namespace

TEST_CASE("a verdict never reads as a contradiction: evidence and problems are counted apart") {
    using engage::detail::verdict_words;
    CHECK(verdict_words(row(Attainment::partly, 0, 3, 5)) ==
          "partly met: evidence for 3 of 5 indicators, problems with 3");
    CHECK(verdict_words(row(Attainment::partly, 2, 1, 5)) ==
          "partly met: evidence for 3 of 5 indicators, problems with 1");
    CHECK(verdict_words(row(Attainment::partly, 1, 0, 3)) ==
          "partly met: evidence for 1 of 3 indicators, none for the rest");
    CHECK(verdict_words(row(Attainment::met, 4, 0, 4)) ==
          "met: evidence for all 4 indicators, no problems");
    CHECK(verdict_words(row(Attainment::not_met, 0, 0, 6)) ==
          "not met: no evidence for any of its 6 indicators");
}

TEST_CASE("Markdown and HTML say the same things from one walk") {
    const engage::Report report = small_report();
    std::ostringstream markdown, html;
    engage::render_report_markdown(markdown, {&report, 1});
    engage::render_report_html(html, {&report, 1});
    for (const std::string& text : {markdown.str(), html.str()}) {
        CHECK(text.find("At a glance") != std::string::npos);
        CHECK(text.find("What to fix first") != std::string::npos);
        CHECK(text.find("Views with no route to a decision") != std::string::npos);
        CHECK(text.find("evidence for 3 of 5 indicators, problems with 3") != std::string::npos);
        CHECK(text.find("(small.yaml, line 4)") != std::string::npos);
    }
    // Names are code: a code span in Markdown, <code> in HTML, never an escaped backtick.
    CHECK(markdown.str().find("`orphan-forum`") != std::string::npos);
    CHECK(markdown.str().find("\\`") == std::string::npos);
    CHECK(html.str().find("<code>orphan-forum</code>") != std::string::npos);
    CHECK(html.str().find('`') == std::string::npos);
    CHECK(html.str().find("@page{size:A4") != std::string::npos);
    CHECK(html.str().find("<h2 id=\"at-a-glance\">") != std::string::npos);
    CHECK(html.str().find("href=\"#findings-in-detail\"") != std::string::npos);
}

TEST_CASE("anchors are GitHub's: a slug used before gets the next free number") {
    CHECK(engage::detail::slug_of("Engagements: you said, we did") ==
          "engagements-you-said-we-did");
    engage::detail::Anchors anchors;
    CHECK(anchors.peek("What to fix first") == "what-to-fix-first");
    CHECK(anchors.take("What to fix first") == "what-to-fix-first");
    CHECK(anchors.peek("What to fix first") == "what-to-fix-first-1");
    CHECK(anchors.take("What to fix first") == "what-to-fix-first-1");
    CHECK(anchors.take("Inclusion: met") == "inclusion-met"); // new words: no number
    CHECK(anchors.take("What to fix first-2") == "what-to-fix-first-2");
    CHECK(anchors.take("What to fix first") == "what-to-fix-first-3"); // -2 is taken
}

TEST_CASE("every link in a document of several plans lands on a heading") {
    engage::Report first = small_report();
    engage::Report second = small_report();
    second.standards.front() = row(Attainment::met, 5, 0, 5); // its heading reads differently
    for (engage::Report* report : {&first, &second}) {
        engage::Assessment assessment;
        assessment.standards.emplace_back();
        report->assessment = assessment;
    }
    const engage::Report both[] = {first, second};
    std::ostringstream html;
    engage::render_report_html(html, both);
    const std::string text = html.str();
    std::size_t links = 0;
    for (std::size_t at = text.find("href=\"#"); at != std::string::npos;
         at = text.find("href=\"#", at + 1)) {
        const std::size_t start = at + 7;
        const std::string anchor = text.substr(start, text.find('"', start) - start);
        CHECK_MESSAGE(text.find("id=\"" + anchor + "\"") != std::string::npos, anchor);
        ++links;
    }
    CHECK(links >= 14); // both plans' contents lists, at the least
    CHECK(text.find("href=\"#inclusion-met\"") != std::string::npos); // not "-1": new words
}

TEST_CASE("a code span holds backticks and pipes safely") {
    engage::detail::Inline text;
    text.words_with_code("a `feeds_into` link");
    REQUIRE(text.spans().size() == 3);
    CHECK(text.spans()[1].kind == engage::detail::Span::Kind::code);
    CHECK(text.spans()[1].text == "feeds_into");
}
