// SPDX-License-Identifier: MIT
// Human-readable findings: `file:line:col: severity[rule]: message`, optionally
// with the source line, a caret under the column, and help.
#include "render/findings/repeated.hpp"
#include "util/printable.hpp"
#include "util/utf8.hpp"

#include <engage/render.hpp>
#include <engage/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

namespace engage {

namespace {

using detail::printable;
using detail::shown;

struct Palette {
    std::string_view bold, dim, reset, error, warning, info, accent, met;
};

Palette palette(bool color) {
    if (!color)
        return {};
    return {"\x1b[1m",    "\x1b[2m",    "\x1b[0m",    "\x1b[1;31m",
            "\x1b[1;33m", "\x1b[1;36m", "\x1b[1;34m", "\x1b[1;32m"};
}

std::string_view severity_color(const Palette& p, Severity severity) {
    switch (severity) {
    case Severity::error:
        return p.error;
    case Severity::warning:
        return p.warning;
    case Severity::info:
        return p.info;
    }
    return p.reset;
}

std::string location_prefix(const Finding& f) {
    if (f.file.empty())
        return "engage";
    if (f.line == 0)
        return printable(f.file);
    return fmt::format("{}:{}:{}", printable(f.file), f.line, f.column);
}

constexpr std::uint32_t excerpt_width = 100; ///< code points of a source line shown

/// An excerpt of a source line with tabs shown as single spaces, invalid UTF-8
/// as U+FFFD and other control characters as printable() shows them, with the
/// caret moved to match. Returns the text and the caret's 1-based column within it.
std::pair<std::string, std::uint32_t> displayable(const SourceIndex::Excerpt& excerpt) {
    const std::string_view line = excerpt.text;
    std::string out = excerpt.cut_before ? "..." : "";
    std::uint32_t caret = excerpt.cut_before ? 4 : 1;
    std::uint32_t point = 1; // the 1-based code point of the excerpt being shown
    for (std::size_t i = 0; i < line.size(); ++point) {
        const std::size_t length = std::max<std::size_t>(1, detail::utf8_sequence_length(line, i));
        const std::string_view raw = line.substr(i, length);
        i += length;
        const std::string text = raw == "\t" ? std::string(" ") : printable(raw);
        // An escape takes as many columns as it has characters; all else takes one.
        const bool escaped = raw != "\t" && text != raw && text != "\xEF\xBF\xBD";
        if (point < excerpt.column)
            caret += static_cast<std::uint32_t>(escaped ? text.size() : 1);
        out += text;
    }
    if (excerpt.column > point)
        caret += excerpt.column - point; // past the end of the line
    if (excerpt.cut_after)
        out += "...";
    return {out, caret};
}

std::string plural(std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string_view attainment_color(const Palette& p, Attainment status) {
    switch (status) {
    case Attainment::met:
        return p.met;
    case Attainment::partly:
        return p.warning;
    case Attainment::not_met:
        return p.error;
    }
    return p.reset;
}

} // namespace

void render_standards_table(std::ostream& out, const PlanResult& plan, bool color) {
    if (!plan.assessment)
        return;
    const Palette p = palette(color);
    const Assessment& a = plan.assessment.value();
    const std::string& id =
        plan.plan.info.id.value.empty() ? plan.plan.path : plan.plan.info.id.value;
    out << p.bold << "Standards" << p.reset << ": " << shown(id) << " against the "
        << shown(a.framework_name) << '\n';
    // A framework file names its standards: shown as printable() makes them.
    std::vector<std::string> names;
    std::size_t width = 8;
    for (const auto& s : a.standards) {
        names.push_back(printable(s.name));
        width = std::max(width, names.back().size());
    }
    out << fmt::format("  {:<{}}  {:<8} {:<21} {}\n", "standard", width, "status", "indicators",
                       "self-assessed");
    for (std::size_t i = 0; i < a.standards.size(); ++i) {
        const auto& s = a.standards[i];
        const std::string status(to_string(s.status));
        out << "  " << fmt::format("{:<{}}", names[i], width) << "  "
            << attainment_color(p, s.status) << fmt::format("{:<8}", status) << p.reset << ' '
            << fmt::format("{:<21} {}",
                           fmt::format("{}/{} met, {} partly", s.indicators_met(),
                                       s.indicators.size(), s.indicators_partly_met()),
                           s.self_score ? fmt::format("{} of 6", *s.self_score) : std::string("-"))
            << '\n';
    }
    out << '\n';
}

std::string format_finding_line(const Finding& f) {
    return fmt::format("{}: {}[{}]: {}", location_prefix(f), to_string(f.severity),
                       printable(f.rule), printable(f.message));
}

namespace {

/// The places of a summarised rule's findings: `file:line:col` for the first in
/// each file, then `line:col`, on lines of about 80 characters.
std::vector<std::string> places_of(const detail::RepeatedFindings& group) {
    std::vector<std::string> lines(1);
    std::string_view file;
    for (const Finding* f : group.all) {
        std::string place = f->file == file
                                ? fmt::format("{}:{}", f->line, f->column)
                                : fmt::format("{}:{}:{}", printable(f->file), f->line, f->column);
        file = f->file;
        if (!lines.back().empty() && lines.back().size() + place.size() > 72) {
            lines.back() += ',';
            lines.emplace_back();
        }
        if (!lines.back().empty())
            lines.back() += ", ";
        lines.back() += place;
    }
    return lines;
}

} // namespace

void render_findings(std::ostream& out, const ValidateResult& result, const TextStyle& style) {
    const Palette p = palette(style.color);
    SourceIndex sources;
    sources.add_all(result.plans);
    // Full output tells many findings of one rule once; concise output is one line
    // per finding, for tools.
    std::vector<std::vector<detail::RepeatedFindings>> repeated;
    std::unordered_map<const Finding*, const detail::RepeatedFindings*> summary_of;
    if (style.show_source) {
        for (const PlanResult& plan : result.plans)
            repeated.push_back(detail::repeated_findings(plan));
        for (const auto& groups : repeated)
            summary_of.merge(detail::summarised(groups));
    }
    for (const Finding* finding : result.all_findings()) {
        const Finding& f = *finding;
        const auto summarised = summary_of.find(finding);
        const detail::RepeatedFindings* group =
            summarised == summary_of.end() ? nullptr : summarised->second;
        if (group != nullptr && group->all.front() != finding)
            continue; // told with the first
        out << p.bold << location_prefix(f) << p.reset << ": " << severity_color(p, f.severity)
            << to_string(f.severity) << p.reset << p.dim << '[' << shown(f.rule) << ']' << p.reset
            << ": " << (group != nullptr ? shown(group->headline) : shown(f.message)) << '\n';
        if (!style.show_source)
            continue;
        // A personal-data finding masks the data in its message; quoting the
        // line would print it in full (in CI logs, say), so its line is not shown.
        const RuleInfo* rule = find_rule(f.rule);
        const bool private_line = rule != nullptr && rule->private_source;
        const SourceIndex::Excerpt line =
            private_line ? SourceIndex::Excerpt{}
                         : sources.excerpt(f.file, f.line, f.column, excerpt_width);
        const std::string gutter(std::to_string(f.line).size(), ' ');
        if (!line.text.empty()) {
            out << p.accent << gutter << " |" << p.reset << '\n';
            const auto [shown, caret] = displayable(line);
            out << p.accent << f.line << " |" << p.reset << ' ' << shown << '\n';
            out << p.accent << gutter << " |" << p.reset << ' '
                << std::string(caret > 0 ? caret - 1 : 0, ' ') << severity_color(p, f.severity)
                << '^' << p.reset << '\n';
        }
        if (group != nullptr) {
            out << p.accent << gutter << " =" << p.reset << p.bold << " first" << p.reset << ": "
                << shown(f.message) << '\n';
            const std::vector<std::string> places = places_of(*group);
            for (std::size_t i = 0; i < places.size(); ++i)
                out << p.accent << gutter << " =" << p.reset << p.bold << (i == 0 ? " at" : "   ")
                    << p.reset << (i == 0 ? ": " : "  ") << places[i] << '\n';
        }
        if (!f.help.empty())
            out << p.accent << gutter << " =" << p.reset << p.bold << " help" << p.reset << ": "
                << shown(f.help) << '\n';
        out << '\n';
    }
}

void render_summary(std::ostream& out, const ValidateResult& result) {
    render_summary(out, result.counts(), result.plans.size(), result.file_count());
}

void render_summary(std::ostream& out, const FindingCounts& counts, std::size_t plans,
                    std::size_t files) {
    const std::string scope = fmt::format("{} ({})", plural(plans, "plan"), plural(files, "file"));
    if (counts.errors + counts.warnings + counts.infos == 0) {
        out << "No problems found in " << scope << ".\n";
        return;
    }
    std::vector<std::string> parts;
    if (counts.errors)
        parts.push_back(plural(counts.errors, "error"));
    if (counts.warnings)
        parts.push_back(plural(counts.warnings, "warning"));
    if (counts.infos)
        parts.push_back(fmt::format("{} info", counts.infos));
    std::string joined;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            joined += i + 1 == parts.size() ? " and " : ", ";
        joined += parts[i];
    }
    out << "Found " << joined << " in " << scope << ".\n";
}

void render_statistics(std::ostream& out, const ValidateResult& result) {
    struct Count {
        std::size_t findings = 0;
        Severity severity = Severity::info; ///< the most severe of its findings
    };
    std::map<std::string_view, Count> counts;
    for (const Finding* finding : result.all_findings()) {
        Count& count = counts[finding->rule];
        ++count.findings;
        count.severity = std::max(count.severity, finding->severity);
    }
    std::vector<std::pair<std::string_view, Count>> rows(counts.begin(), counts.end());
    const auto code_of = [](std::string_view rule) {
        const RuleInfo* info = find_rule(rule);
        return info != nullptr ? info->code : std::string_view("-");
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
        if (a.second.findings != b.second.findings)
            return a.second.findings > b.second.findings;
        return code_of(a.first) < code_of(b.first);
    });
    for (const auto& [rule, count] : rows)
        out << fmt::format("{:>6}  {:<6} {:<30} {}\n", count.findings, code_of(rule),
                           printable(rule), to_string(count.severity));
}

void render_text(std::ostream& out, const ValidateResult& result, const TextStyle& style) {
    render_findings(out, result, style);
    if (style.quiet)
        return;
    if (style.show_source) {
        for (const auto& plan : result.plans)
            render_standards_table(out, plan, style.color);
    }
    render_summary(out, result);
}

} // namespace engage
