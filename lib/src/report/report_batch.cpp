// SPDX-License-Identifier: MIT
// A report per plan, the combined tables and the index (report_batch.hpp).
#include <engage/output.hpp>
#include <engage/report.hpp>

#include <array>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace engage {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t table_count = report_table_names.size();

/// What a worker hands back for one plan: its files' text, and its index line.
struct RenderedPlan {
    std::string id;
    std::vector<std::string> inputs;             ///< the plan's files, never to be written over
    std::string report;                          ///< the report in the chosen format (not CSV)
    std::array<std::string, table_count> tables; ///< each table's rows, without header
    IndexEntry entry;
};

std::string csv_table(std::span<const Report> reports, std::size_t table, bool header, bool bom) {
    std::ostringstream out;
    render_report_csv(out, reports, static_cast<ReportTable>(table), CsvOptions{bom, header});
    return std::move(out).str();
}

RenderedPlan render_plan(PlanResult&& result, const ReportBatchOptions& options) {
    const Report report = build_report(result, result.settings.as_of);
    RenderedPlan out;
    out.id = report.id.empty() ? fs::path(report.path).stem().string() : report.id;
    out.inputs = report.files;
    out.inputs.push_back(report.path);
    const std::span<const Report> one(&report, 1);
    if (!options.format->every_table) {
        std::ostringstream text;
        options.format->render(text, one, ReportContext{});
        out.report = std::move(text).str();
    }
    for (std::size_t t = 0; t < table_count && options.format->render_index != nullptr; ++t)
        out.tables[t] = csv_table(one, t, false, false);
    out.entry = index_entry(report, "");
    return out;
}

class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Writes files into the output folder and remembers what it wrote.
class Writer {
public:
    Writer(OutputFolder& folder, std::vector<fs::path>& written)
        : folder_(folder)
        , written_(written) {}

    void write(const std::string& name, std::string_view text) {
        const fs::path path = destination(name);
        const std::string error = write_file_atomically(path, text);
        if (!error.empty())
            throw WriteError("cannot write " + path.string() + ": " + error);
        written_.push_back(path);
    }

    fs::path destination(const std::string& name) {
        std::string why;
        fs::path path = folder_.destination(name, why);
        if (path.empty())
            throw WriteError("will not write " + (folder_.path() / name).string() + ": " + why);
        return path;
    }

private:
    OutputFolder& folder_;
    std::vector<fs::path>& written_;
};

} // namespace

ReportBatchResult write_reports(const std::vector<std::string>& paths, const fs::path& folder,
                                const ReportBatchOptions& given) {
    ReportBatchOptions options = given;
    if (options.format == nullptr)
        options.format = &report_formats().front();
    const std::string index_file(options.format->index_file);
    // A format with no index (the young people's page) writes a page per plan only.
    const bool pages_only = options.format->render_index == nullptr;
    ReportBatchResult result;
    OutputFolder output(folder);
    if (auto error = output.create(); !error.empty()) {
        result.failure = "cannot create the folder " + folder.string() + ": " + error;
        result.not_written.push_back("every report");
        return result;
    }
    for (const auto& path : paths)
        output.protect(path);
    if (!pages_only) {
        output.reserve("index");
        for (auto table : report_table_names)
            output.reserve("all-" + std::string(table));
    }
    Writer writer(output, result.written);

    // The combined tables grow plan by plan in temporary files, renamed at the end.
    std::vector<std::unique_ptr<AtomicFile>> combined;
    std::vector<std::string> combined_names;
    std::vector<IndexEntry> index;
    try {
        for (std::size_t t = 0; t < table_count && !pages_only; ++t) {
            combined_names.push_back("all-" + std::string(report_table_names[t]) + ".csv");
            combined.push_back(
                std::make_unique<AtomicFile>(writer.destination(combined_names.back())));
            if (!combined.back()->is_open())
                throw WriteError("cannot write " + combined.back()->destination().string() + ": " +
                                 combined.back()->error());
            combined.back()->stream() << csv_table({}, t, true, options.bom);
        }
    } catch (const WriteError& error) {
        result.failure = error.what();
        result.not_written.push_back("every report");
        return result;
    }

    auto work = [&](PlanResult&& plan) { return render_plan(std::move(plan), options); };
    auto deliver = [&](RenderedPlan&& plan) {
        for (const auto& input : plan.inputs)
            output.protect(input);
        const std::string stem = output.claim_stem(plan.id);
        if (options.format->every_table) {
            for (std::size_t t = 0; t < table_count; ++t) {
                writer.write(stem + "." + std::string(report_table_names[t]) + ".csv",
                             csv_table({}, t, true, options.bom) + plan.tables[t]);
            }
            plan.entry.report_file = stem + ".findings.csv";
        } else {
            plan.entry.report_file = stem + std::string(options.format->extension);
            writer.write(plan.entry.report_file, plan.report);
        }
        for (std::size_t t = 0; t < combined.size(); ++t)
            combined[t]->stream() << plan.tables[t];
        index.push_back(std::move(plan.entry));
    };
    try {
        result.run = run_plans(paths, options.run, work, deliver);
    } catch (const RunStopped& stopped) {
        result.failure = stopped.what();
        for (const auto& source : stopped.not_delivered)
            result.not_written.push_back("the report on " + source.path);
        if (!pages_only)
            result.not_written.push_back(index_file);
        for (const auto& name : combined_names)
            result.not_written.push_back(name);
        return result; // the combined tables' temporary files go with `combined`
    }
    try {
        for (auto& file : combined) {
            if (!file->commit())
                throw WriteError("cannot write " + file->destination().string() + ": " +
                                 file->error());
            result.written.push_back(file->destination());
        }
        if (pages_only)
            return result;
        std::ostringstream text;
        options.format->render_index(text, index, combined_names, result.run.errors);
        writer.write(index_file, std::move(text).str());
    } catch (const WriteError& error) {
        result.failure = error.what();
        result.not_written.push_back(index_file);
    }
    return result;
}

} // namespace engage
