// SPDX-License-Identifier: MIT
// GitHub Actions workflow commands: each finding becomes an annotation on the
// line it names, in the pull request's diff and the run's summary.
#include "render/findings/ci_findings.hpp"
#include "render/shared/ci_escape.hpp"

#include <engage/render.hpp>

#include <fmt/format.h>

namespace engage {

void render_github(std::ostream& out, const ValidateResult& result, const RepositoryPaths& paths) {
    for (const auto& item : detail::ci_findings(result, paths)) {
        const Finding& f = *item.finding;
        // The commands are SARIF's levels, but for notes: `::notice`.
        out << "::" << (f.severity == Severity::info ? "notice" : detail::sarif_level(f.severity))
            << ' ';
        if (!item.path.empty())
            out << "file=" << detail::github_property(item.path) << ',';
        if (f.line != 0)
            out << "line=" << f.line << ',';
        if (f.line != 0 && f.column != 0)
            out << "col=" << f.column << ',';
        out << "title=" << detail::github_property(fmt::format("engage {}", f.rule))
            << "::" << detail::github_data(f.help.empty() ? f.message : f.message + "\n" + f.help)
            << '\n';
    }
}

} // namespace engage
