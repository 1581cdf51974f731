// validate's text output over many plans, streamed: each plan is checked on a
// worker thread, then printed in order and let go.
#include <engage/batch.hpp>
#include <engage/render.hpp>

#include <sstream>
#include <utility>

namespace engage {

TextRun render_text_streamed(std::ostream& out, const std::vector<std::string>& paths,
                             const BatchOptions& options, const TextStyle& style) {
    TextRun run;
    std::string tables; // small: a few lines a plan, printed after every finding
    // Workers load and check; each plan is printed here, straight to `out`, and
    // let go: a plan with 100,000 findings is never held as text as well.
    const BatchResult batch = run_batch(
        paths, options, [](PlanResult&& plan) { return std::move(plan); },
        [&](PlanResult&& plan) {
            const FindingCounts counts = count_findings(plan.findings);
            run.counts.errors += counts.errors;
            run.counts.warnings += counts.warnings;
            run.counts.infos += counts.infos;
            run.files += plan.plan.files.size();
            ++run.plans;
            ValidateResult one;
            one.plans.push_back(std::move(plan));
            render_findings(out, one, style);
            if (style.show_source) {
                std::ostringstream table;
                render_standards_table(table, one.plans.front(), style.color);
                tables += std::move(table).str();
            }
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
