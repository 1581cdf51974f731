// SPDX-License-Identifier: MIT
// `engage report`: reports for people, on standard output or, with --out, a
// report per plan, combined tables and an index in a folder.
#include "../terminal.hpp"
#include "command.hpp"

#include <engage/engine.hpp>
#include <engage/report.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace engage::cli {

namespace {

struct ReportOptions {
    std::vector<std::string> paths;
    std::string format = "markdown";
    std::string audience{board_audience}; ///< --for
    std::string table = "findings";
    std::string out;
    unsigned jobs = 0;
    bool bom = false;
    std::string fail_on;
    std::string config, as_of, framework;
    std::vector<std::string> select, ignore;
    std::string stdin_filename = "<stdin>";
};

/// Every format name of every audience, each once (for --format's check; the
/// audience's own are checked after parsing).
std::vector<std::string> every_format_name() {
    std::vector<std::string> names;
    for (const std::string& audience : report_audiences()) {
        for (std::string& name : report_format_names(audience)) {
            if (std::find(names.begin(), names.end(), name) == names.end())
                names.push_back(std::move(name));
        }
    }
    return names;
}

const ReportFormat& format_of(const ReportOptions& options) {
    const ReportFormat* format = find_report_format(options.audience, options.format);
    return format != nullptr ? *format : report_formats().front(); // run_report rules it out
}

/// A one-line bar on standard error, redrawn in place; only on a terminal.
class ProgressBar {
public:
    ProgressBar()
        : shown_(isatty(STDERR_FILENO) != 0) {}
    ~ProgressBar() { clear(); }
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

    void update(std::size_t done, std::size_t total) {
        if (!shown_ || total == 0)
            return;
        constexpr std::size_t width = 30;
        const std::size_t filled = done * width / total;
        std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] "
                  << done << '/' << total << " plans" << std::flush;
        drawn_ = true;
    }

    /// Removes the bar, so messages that follow start on a clean line.
    void clear() {
        if (drawn_)
            std::cerr << "\r\x1b[2K" << std::flush;
        drawn_ = false;
    }

private:
    bool shown_;
    bool drawn_ = false;
};

int report_to_folder(const ReportOptions& options, const RunOptions& run) {
    ReportBatchOptions report_options;
    report_options.run = run;
    report_options.format = &format_of(options);
    report_options.bom = options.bom;
    ProgressBar bar;
    report_options.run.progress = [&](std::size_t done, std::size_t total) {
        bar.update(done, total);
    };
    const ReportBatchResult result = write_reports(options.paths, options.out, report_options);
    bar.clear();
    report_not_plans(result.run.not_plans);
    for (const auto& error : result.run.errors)
        report_input_error(error.path, error.message);
    if (!result.failure.empty()) {
        report_error(result.failure);
        const std::size_t written = result.written.size();
        std::cerr << "engage: " << written
                  << (written == 1 ? " file was written and kept" : " files were written and kept")
                  << "; not written:";
        for (const auto& item : result.not_written)
            std::cerr << "\n  " << shown(item);
        std::cerr << '\n';
        return exit_usage;
    }
    if (!result.run.errors.empty())
        return exit_usage;
    return result.run.fails ? exit_findings : exit_clean;
}

int report_to_stdout(const ReportOptions& options, const RunOptions& run) {
    std::vector<Report> reports;
    const RunSummary result = run_plans(
        options.paths, run,
        [](PlanResult&& plan) { return build_report(plan, plan.settings.as_of); },
        [&](Report&& report) { reports.push_back(std::move(report)); });
    ReportContext context;
    if (auto table = parse_report_table(options.table))
        context.table = *table;
    context.csv = CsvOptions{options.bom, true};
    context.errors = result.errors;
    format_of(options).render(std::cout, reports, context);
    std::cout.flush();
    report_not_plans(result.not_plans);
    for (const auto& error : result.errors)
        report_input_error(error.path, error.message);
    if (!result.errors.empty())
        return exit_usage;
    return result.fails ? exit_findings : exit_clean;
}

int run_report(const ReportOptions& options) {
    if (find_report_format(options.audience, options.format) == nullptr) {
        std::string choices;
        for (const std::string& name : report_format_names(options.audience))
            choices += (choices.empty() ? "" : " or ") + name;
        report_error("--for " + options.audience + " writes " + choices + ", not " +
                     options.format);
        return exit_usage;
    }
    RunOptions run;
    run.load.stdin_name = options.stdin_filename;
    run.jobs = options.jobs;
    if (!make_overrides(options.config, options.as_of, options.framework, options.select,
                        options.ignore, run.overrides)) {
        return exit_usage;
    }
    if (!options.fail_on.empty())
        run.overrides.fail_on = parse_severity(options.fail_on);
    return options.out.empty() ? report_to_stdout(options, run) : report_to_folder(options, run);
}

} // namespace

Command add_report_command(CLI::App& app) {
    auto options = std::make_shared<ReportOptions>();
    CLI::App* cmd = app.add_subcommand(
        "report", "Write reports on plans for people: Markdown, CSV, HTML or JSON");
    cmd->add_option("paths", options->paths,
                    "Plan files, plan folders, collections, or - for standard input")
        ->required()
        ->type_name("PATH");
    cmd->add_option("-f,--format", options->format, "Report format")
        ->check(CLI::IsMember(every_format_name()))
        ->default_str(std::string(report_formats().front().name));
    cmd->add_option("--for", options->audience,
                    "Who the report is for: board, or young-people (\"You said, we did\", "
                    "markdown or html)")
        ->check(CLI::IsMember(report_audiences()))
        ->default_str(std::string(board_audience));
    cmd->add_option("--table", options->table,
                    "Which table --format csv writes on standard output (with --out: all)")
        ->check(CLI::IsMember({"findings", "actions", "standards", "bodies", "engagements"}))
        ->default_str("findings");
    cmd->add_flag("--bom", options->bom, "Start CSV with a UTF-8 byte order mark (for Excel)");
    cmd->add_option("-o,--out", options->out,
                    "Write a report per plan, combined CSV tables and an index into this folder")
        ->type_name("DIR");
    cmd->add_option("-j,--jobs", options->jobs,
                    "Plans worked on at once (default: the number of cores)")
        ->check(CLI::Range(1u, 1024u))
        ->type_name("N");
    cmd->add_option("--fail-on", options->fail_on,
                    "Lowest severity that makes the exit status 1 (default: error)")
        ->check(CLI::IsMember({"error", "warning", "info"}));
    add_settings_options(*cmd, options->config, options->as_of, options->framework, options->select,
                         options->ignore);
    cmd->add_option("--stdin-filename", options->stdin_filename,
                    "Name shown for - (standard input) in findings")
        ->type_name("NAME");
    return {cmd, [options] { return run_report(*options); }};
}

} // namespace engage::cli
