// `engage report --out DIR`: a report per plan, combined CSV tables and an
// index comparing the plans, written safely (output.hpp) by the batch runner
// (run_plans, engine.hpp), so the bytes never depend on the number of threads.
#pragma once

#include <engage/engine.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace engage {

enum class ReportFormat { markdown, csv, html, json };

struct ReportBatchOptions {
    RunOptions run;
    ReportFormat format = ReportFormat::markdown;
    bool bom = false; ///< CSV files start with a UTF-8 byte order mark
};

struct ReportBatchResult {
    RunSummary run;
    std::vector<std::filesystem::path> written; ///< every file written, in order
    /// Why the run stopped early (a file that could not be written, a bad
    /// configuration); empty when every report and the index were written.
    std::string failure;
    /// When it stopped: what was not written, in words ("the report on PATH", "index.md").
    std::vector<std::string> not_written;
};

/// Writes into `folder` (created if needed), for each plan found at `paths`:
/// `STEM.md` (or `.html`, `.json`; for CSV `STEM.TABLE.csv` for every table),
/// where STEM is the plan id made safe as a file name and unique; then
/// `all-TABLE.csv` for every table with every plan's rows, and `index.md`.
/// Each file is written whole or not at all, and never over an input file.
/// When writing fails half-way, the files already written stay.
[[nodiscard]] ReportBatchResult write_reports(const std::vector<std::string>& paths,
                                              const std::filesystem::path& folder,
                                              const ReportBatchOptions& options);

} // namespace engage
