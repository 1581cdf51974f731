// validate's text output over many plans, streamed: each plan is checked and
// rendered on a worker thread, then printed in order and let go.
#include <engage/batch.hpp>
#include <engage/render.hpp>

#include <sstream>
#include <utility>

namespace engage {

namespace {

/// One plan's share of the output, made on a worker thread.
struct RenderedPlan {
    std::string findings;        ///< its findings, as render_findings prints them
    std::string standards_table; ///< text style only
    FindingCounts counts;
    std::size_t files = 0;
};

} // namespace

TextRun render_text_streamed(std::ostream& out, const std::vector<std::string>& paths,
                             const BatchOptions& options, const TextStyle& style) {
    TextRun run;
    std::string tables; // small: a few lines a plan, printed after every finding
    const BatchResult batch = run_batch(
        paths, options,
        [&style](PlanResult&& plan) {
            RenderedPlan rendered;
            rendered.counts = count_findings(plan.findings);
            rendered.files = plan.plan.files.size();
            ValidateResult one;
            one.plans.push_back(std::move(plan));
            std::ostringstream text;
            render_findings(text, one, style);
            rendered.findings = std::move(text).str();
            if (style.show_source) {
                std::ostringstream table;
                render_standards_table(table, one.plans.front(), style.color);
                rendered.standards_table = std::move(table).str();
            }
            return rendered;
        },
        [&](RenderedPlan&& rendered) {
            out << rendered.findings;
            tables += rendered.standards_table;
            run.counts.errors += rendered.counts.errors;
            run.counts.warnings += rendered.counts.warnings;
            run.counts.infos += rendered.counts.infos;
            run.files += rendered.files;
            ++run.plans;
        });
    if (batch.failure)
        std::rethrow_exception(batch.failure);
    out << tables;
    render_summary(out, run.counts, run.plans, run.files);
    run.fails = batch.fails;
    run.errors = batch.errors;
    return run;
}

} // namespace engage
