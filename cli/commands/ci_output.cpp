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

bool render_ci_format(std::string_view format, const ValidateResult& result) {
    using Renderer = void (*)(std::ostream&, const ValidateResult&, const RepositoryPaths&);
    Renderer render = nullptr;
    if (format == "sarif")
        render = render_sarif;
    else if (format == "github")
        render = render_github;
    else if (format == "junit")
        render = render_junit;
    else if (format == "gitlab")
        render = render_gitlab;
    if (render == nullptr)
        return false;
    render(std::cout, result, find_repository_paths());
    return true;
}

} // namespace engage::cli
