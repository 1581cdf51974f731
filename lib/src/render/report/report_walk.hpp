// SPDX-License-Identifier: MIT
// The parts of the report walk (report_walk.cpp) kept in files of their own:
// the first page and the findings in detail. Internal to the report renderers.
#pragma once

#include "render/report/report_text.hpp"
#include "render/report/report_writer.hpp"

#include <engage/report.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace engage::detail {

/// Where a section is written: the writer, the report, and the document's
/// anchors so far.
struct WalkContext {
    ReportWriter& w;
    const Report& r;
    Anchors& anchors;

    void heading(int level, const Inline& text, std::string_view words) const {
        w.heading(level, text, anchors.take(words));
    }
    void heading(int level, std::string_view words) const { heading(level, Inline(words), words); }
};

/// "Inclusion: partly met", the heading of a standard in "Standards, one by one".
[[nodiscard]] inline std::string standard_heading(const StandardRow& s) {
    return s.name + ": " + std::string(attainment_words(s.status));
}

/// "At a glance": the verdicts, what to fix first, what went well.
void write_first_page(const WalkContext& c);

/// "Findings in detail".
void write_findings(const WalkContext& c);

} // namespace engage::detail
