// SPDX-License-Identifier: MIT
// The tables of output formats are the one list: the man pages name exactly
// the formats in them, in the same order.
#include <engage/diff.hpp>
#include <engage/progress.hpp>
#include <engage/render.hpp>
#include <engage/report.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

/// The formats a man page's `-f, --format` line names (`\fIname\fR | ...`).
std::vector<std::string> man_page_formats(const std::string& page) {
    std::ifstream in(std::string(ENGAGE_SOURCE_DIR) + "/man/" + page);
    REQUIRE(in);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(".BR \\-f \", \" \\-\\-format", 0) != 0)
            continue;
        std::vector<std::string> names;
        const std::regex name(R"(\\fI([a-z]+)\\fR)");
        for (auto it = std::sregex_iterator(line.begin(), line.end(), name);
             it != std::sregex_iterator(); ++it)
            names.push_back((*it)[1]);
        return names;
    }
    FAIL("no --format line in " << page);
    return {};
}

template <class Formats> std::vector<std::string> names_of(const Formats& formats) {
    std::vector<std::string> names;
    for (const auto& format : formats)
        names.emplace_back(format.name);
    return names;
}

} // namespace

TEST_CASE("the man pages list exactly the formats of their tables") {
    CHECK(man_page_formats("engage-validate.1") == names_of(engage::findings_formats()));
    CHECK(man_page_formats("engage-audit.1") == names_of(engage::audit_formats()));
    CHECK(man_page_formats("engage-diff.1") == names_of(engage::diff_formats()));
    CHECK(man_page_formats("engage-actions.1") == names_of(engage::progress_formats()));
    CHECK(man_page_formats("engage-commitments.1") == names_of(engage::progress_formats()));
    CHECK(man_page_formats("engage-report.1") ==
          engage::report_format_names(engage::board_audience));
}

TEST_CASE("a report format is found by its audience and its name") {
    const engage::ReportFormat* html = engage::find_report_format(engage::board_audience, "html");
    REQUIRE(html != nullptr);
    CHECK(html->name == "html");
    CHECK(html->extension == ".html");
    CHECK(engage::find_report_format(engage::board_audience, "sarif") == nullptr);
    CHECK(engage::find_report_format("nobody", "html") == nullptr);
    CHECK(engage::report_formats().front().name == "markdown");
    for (const engage::ReportFormat& format : engage::report_formats()) {
        CHECK(static_cast<bool>(format.render));
        // An index and its file name come together, or neither (a page per plan only).
        CHECK(static_cast<bool>(format.render_index) == !format.index_file.empty());
        CHECK(format.extension.front() == '.');
    }
    const engage::ReportFormat* page =
        engage::find_report_format(engage::young_people_audience, "html");
    REQUIRE(page != nullptr);
    CHECK(page->extension == ".young-people.html");
    CHECK(!static_cast<bool>(page->render_index));
    CHECK(engage::find_report_format(engage::young_people_audience, "csv") == nullptr);
    CHECK(engage::report_audiences() ==
          std::vector<std::string>{std::string(engage::board_audience),
                                   std::string(engage::young_people_audience)});
    auto names = engage::report_format_names(engage::board_audience);
    std::sort(names.begin(), names.end());
    CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
}

TEST_CASE("a table of formats starts with its default and names each format once") {
    CHECK(engage::findings_formats().front().name == "text");
    CHECK(engage::audit_formats().front().name == "text");
    CHECK(engage::diff_formats().front().name == "text");
    CHECK(engage::progress_formats().front().name == "text");
    auto names = names_of(engage::progress_formats());
    std::sort(names.begin(), names.end());
    CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
}
