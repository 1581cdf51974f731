// SPDX-License-Identifier: MIT
#include "ci_output.hpp"

#include "../formats.hpp"
#include "../terminal.hpp"

#include <engage/output.hpp>
#include <engage/render.hpp>

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <vector>

namespace engage::cli {

namespace fs = std::filesystem;

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

namespace {

/// One file a run writes: a format (none: the statistics) and where it goes.
struct OutputFile {
    const FindingsFormat* format = nullptr;
    fs::path path;
};

/// FORMAT=FILE split at the first `=`; nullopt when there is none.
std::optional<std::pair<std::string, std::string>> split_spec(const std::string& spec) {
    const auto equals = spec.find('=');
    if (equals == std::string::npos)
        return std::nullopt;
    return std::pair{spec.substr(0, equals), spec.substr(equals + 1)};
}

/// Refuses, before anything is written, a destination that is a folder, is
/// named twice, or is a file the run read (a plan file, a configuration file).
bool destinations_usable(const std::vector<OutputFile>& files, const ValidateResult& result) {
    std::vector<fs::path> inputs;
    for (const PlanResult& plan : result.plans) {
        for (const SourceFile& file : plan.plan.files)
            inputs.emplace_back(file.path);
        if (!plan.settings.config_path.empty())
            inputs.emplace_back(plan.settings.config_path);
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        const fs::path& path = files[i].path;
        std::error_code ec;
        if (fs::is_directory(fs::symlink_status(path, ec))) {
            report_input_error(path.string(), "is a folder; an output needs a file name");
            return false;
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (files[j].path.lexically_normal() == path.lexically_normal() ||
                fs::equivalent(files[j].path, path, ec)) {
                report_input_error(path.string(),
                                   "is named for two outputs; give each its own file");
                return false;
            }
        }
        for (const fs::path& input : inputs) {
            if (fs::equivalent(input, path, ec)) {
                report_input_error(path.string(),
                                   "is an input of this run; engage does not write over it");
                return false;
            }
        }
    }
    return true;
}

void render_one(std::ostream& out, const OutputFile& file, const ValidateResult& result,
                const FindingsContext& context) {
    if (file.format != nullptr) {
        file.format->render(out, result, context);
        return;
    }
    render_statistics(out, result);
    if (!context.style.quiet)
        render_summary(out, result);
}

} // namespace

CLI::Validator output_spec(std::span<const FindingsFormat> formats) {
    const std::vector<std::string> names = format_names(formats);
    return CLI::Validator(
        [names](const std::string& value) -> std::string {
            const auto spec = split_spec(value);
            std::string list;
            for (const std::string& name : names)
                list += (list.empty() ? "" : ", ") + name;
            if (!spec || spec->second.empty())
                return "'" + value + "' is not FORMAT=FILE (such as sarif=engage.sarif)";
            if (std::find(names.begin(), names.end(), spec->first) == names.end())
                return "'" + spec->first + "' is not a format (" + list + ")";
            return {};
        },
        "");
}

bool standard_output_only(const ValidateOptions& options) {
    return options.outputs.empty() && options.output_file.empty();
}

int write_outputs(std::span<const FindingsFormat> formats, const ValidateOptions& options,
                  const ValidateResult& result) {
    std::vector<OutputFile> files;
    for (const std::string& spec : options.outputs) {
        const auto [name, path] = *split_spec(spec); // output_spec checked it
        files.push_back({&find_format(formats, name), path});
    }
    const OutputFile main{options.statistics ? nullptr
                                             : &find_format(formats, chosen_format(options)),
                          options.output_file};
    if (!options.output_file.empty())
        files.push_back(main);
    if (!destinations_usable(files, result))
        return exit_usage;

    FindingsContext context;
    context.style.quiet = options.quiet;
    const bool needs_repository =
        std::any_of(files.begin(), files.end(),
                    [](const OutputFile& file) {
                        return file.format != nullptr && file.format->needs_repository;
                    }) ||
        (options.output_file.empty() && main.format != nullptr && main.format->needs_repository);
    if (needs_repository)
        context.repository = find_repository_paths();

    int status = exit_clean;
    for (const OutputFile& file : files) { // files never have colour
        AtomicFile out(file.path);
        if (out.is_open())
            render_one(out.stream(), file, result, context);
        if (!out.is_open() || !out.commit()) {
            report_input_error(file.path.string(), "cannot write: " + out.error());
            status = exit_usage;
        }
    }
    if (options.output_file.empty()) {
        context.style.color = use_color(options.color, stdout_is_terminal());
        render_one(std::cout, main, result, context);
    }
    return status;
}

} // namespace engage::cli
