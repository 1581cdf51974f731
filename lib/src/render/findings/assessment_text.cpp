// SPDX-License-Identifier: MIT
// `engage assess`: one plan's verdict, standard by standard, with the evidence
// behind each indicator and what is missing where an indicator is not met.
#include "util/printable.hpp"
#include "util/wrap.hpp"

#include <engage/render.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace engage {

namespace {

using detail::printable;

constexpr std::size_t text_width = 78;
constexpr std::string_view indent = "                   "; // under the indicator's text

void paragraph(std::ostream& out, std::string_view label, std::string_view text) {
    const std::vector<std::string> lines =
        detail::wrap_words(printable(text), text_width - indent.size() - label.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        out << indent << (i == 0 ? label : std::string(label.size(), ' ')) << lines[i] << '\n';
}

std::string place(std::string_view file, std::uint32_t line, std::uint32_t column) {
    return fmt::format("{}:{}:{}", printable(file), line, column);
}

std::string_view status_words(Attainment status) {
    switch (status) {
    case Attainment::met:
        return "met";
    case Attainment::partly:
        return "partly";
    case Attainment::not_met:
        break;
    }
    return "not met";
}

void render_indicator(std::ostream& out, const IndicatorAssessment& indicator,
                      const std::vector<Finding>& findings) {
    out << fmt::format("  {:<7} {:<8} ", printable(indicator.id), status_words(indicator.status));
    const std::vector<std::string> text = detail::wrap_words(printable(indicator.text), text_width - indent.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        out << (i == 0 ? std::string_view() : indent) << text[i] << '\n';
    if (indicator.status == Attainment::not_met)
        paragraph(out, "how judged: ",
                  indicator.checked.empty() ? "the plan records nothing that shows this."
                                            : indicator.checked);
    for (const Evidence& item : indicator.evidence)
        paragraph(out, "+ ",
                  fmt::format("{} ({})", item.what, place(item.file, item.line, item.column)));
    if (indicator.evidence_count > indicator.evidence.size())
        paragraph(out, "+ ",
                  fmt::format("and {} more", indicator.evidence_count - indicator.evidence.size()));
    std::size_t shown = 0;
    for (const Finding& f : findings) {
        if (std::find(indicator.rules.begin(), indicator.rules.end(), f.rule) ==
            indicator.rules.end())
            continue;
        if (++shown > Assessment::evidence_listed)
            continue;
        paragraph(out, "- ",
                  fmt::format("{} ({}, {})", f.message, place(f.file, f.line, f.column), f.rule));
    }
    if (shown > Assessment::evidence_listed)
        paragraph(out, "- ", fmt::format("and {} more", shown - Assessment::evidence_listed));
}

} // namespace

void render_assessment(std::ostream& out, const PlanResult& plan, const TextStyle&) {
    const PlanInfo& info = plan.plan.info;
    const std::string& name = !info.title.value.empty() ? info.title.value
                              : !info.id.value.empty()  ? info.id.value
                                                        : plan.plan.path;
    out << printable(name) << " (" << printable(plan.plan.path) << ")\n";
    if (!plan.assessment) {
        out << "  Not assessed: the plan could not be read (see `engage validate`).\n\n";
        return;
    }
    const Assessment& a = *plan.assessment;
    out << "judged against the " << printable(a.framework_name);
    if (plan.settings.as_of)
        out << ", as of " << plan.settings.as_of->to_string();
    out << "\n\n+ evidence the plan records   - a problem found   how judged: what would earn it\n\n";
    for (const StandardAssessment& standard : a.standards) {
        out << printable(standard.name) << ": " << describe(standard);
        if (standard.self_score)
            out << fmt::format(" (self-assessed {} of 6)", *standard.self_score);
        out << "\n";
        for (const IndicatorAssessment& indicator : standard.indicators)
            render_indicator(out, indicator, plan.findings);
        out << '\n';
    }
}

} // namespace engage
