// SPDX-License-Identifier: MIT
// `engage report --for young-people --out DIR`: one "You said, we did" page
// per plan, as STEM.young-people.md or .html, written as write_reports writes
// (atomically, never over an input, nothing past a write that failed).
#include <engage/output.hpp>
#include <engage/report.hpp>

#include <sstream>

namespace engage {

namespace fs = std::filesystem;

namespace {

struct RenderedPage {
    std::string id;
    std::vector<std::string> inputs; ///< the plan's files, never to be written over
    std::string text;
};

} // namespace

ReportBatchResult write_you_said_we_did(const std::vector<std::string>& paths,
                                        const fs::path& folder, const ReportBatchOptions& options) {
    ReportBatchResult result;
    OutputFolder output(folder);
    if (auto error = output.create(); !error.empty()) {
        result.failure = "cannot create the folder " + folder.string() + ": " + error;
        result.not_written.push_back("every page");
        return result;
    }
    for (const auto& path : paths)
        output.protect(path);
    const bool html = options.format == ReportFormat::html;
    const std::string suffix = html ? ".young-people.html" : ".young-people.md";

    auto work = [&](PlanResult&& plan) {
        const YouSaidWeDid page = build_you_said_we_did(plan, plan.settings.as_of);
        RenderedPage out;
        out.id = plan.plan.info.id.value.empty() ? fs::path(plan.plan.path).stem().string()
                                                 : plan.plan.info.id.value;
        for (const auto& file : plan.plan.files)
            out.inputs.push_back(file.path);
        out.inputs.push_back(plan.plan.path);
        std::ostringstream text;
        if (html)
            render_you_said_we_did_html(text, std::span(&page, 1));
        else
            render_you_said_we_did_markdown(text, std::span(&page, 1));
        out.text = std::move(text).str();
        return out;
    };
    auto deliver = [&](RenderedPage&& page) {
        for (const auto& input : page.inputs)
            output.protect(input);
        const std::string name = output.claim_stem(page.id) + suffix;
        std::string why;
        const fs::path path = output.destination(name, why);
        if (path.empty())
            throw Error("will not write " + (output.path() / name).string() + ": " + why);
        if (auto error = write_file_atomically(path, page.text); !error.empty())
            throw Error("cannot write " + path.string() + ": " + error);
        result.written.push_back(path);
    };
    try {
        result.run = run_plans(paths, options.run, work, deliver);
    } catch (const RunStopped& stopped) {
        result.failure = stopped.what();
        for (const auto& source : stopped.not_delivered)
            result.not_written.push_back("the page on " + source.path);
    }
    return result;
}

} // namespace engage
