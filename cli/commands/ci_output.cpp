// SPDX-License-Identifier: MIT
#include "ci_output.hpp"

#include <engage/render.hpp>

#include <cstdlib>
#include <iostream>

namespace engage::cli {

std::string chosen_format(const ValidateOptions& options) {
    if (options.format_given)
        return options.format;
    const char* github_actions = std::getenv("GITHUB_ACTIONS");
    if (github_actions != nullptr && std::string_view(github_actions) == "true")
        return "github";
    return options.format;
}

void render_findings_as(const FindingsFormat& format, const ValidateResult& result,
                        const TextStyle& style) {
    FindingsContext context{style, {}};
    if (format.needs_repository)
        context.repository = find_repository_paths();
    format.render(std::cout, result, context);
}

} // namespace engage::cli
