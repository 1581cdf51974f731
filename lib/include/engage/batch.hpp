// Running work over many plans in parallel, with results in input order.
//
//   run_batch(paths, options,
//             [](PlanResult&& plan) { return render(plan); },     // on a worker thread
//             [](std::string&& text) { write(text); });            // on this thread, in order
//
// Plans are found first (discover_plans), then N worker threads each load,
// check and `work` one plan at a time and let it go. `deliver` runs on the
// calling thread, once per plan, in the order the plans were found, so
// whatever it writes never depends on the number of threads. Workers stay at
// most a few plans ahead of delivery, so memory is bounded by the number of
// threads, not the number of plans.
#pragma once

#include <engage/discover.hpp>
#include <engage/engine.hpp>

#include <any>
#include <cstddef>
#include <exception>
#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

namespace engage {

struct BatchOptions {
    ValidateOptions validate; ///< how plans are loaded and checked
    unsigned jobs = 0;        ///< worker threads; 0: std::thread::hardware_concurrency()
    /// Called on the calling thread after each delivery: (plans delivered, plans found).
    std::function<void(std::size_t, std::size_t)> progress;
};

struct BatchResult {
    std::vector<InputError> errors; ///< discovery errors, then load errors in plan order
    std::size_t plans = 0;          ///< plans delivered
    bool fails = false;             ///< some plan has a finding at its failing level
    /// What stopped the run, when `work` or `deliver` threw; null when it ran to the end.
    std::exception_ptr failure;
    /// When it stopped: the sources not delivered (the failing one first), in order.
    std::vector<PlanSource> not_delivered;
};

namespace detail {
using BatchWork = std::function<std::any(PlanResult&&)>;
using BatchDeliver = std::function<void(std::any&&)>;
BatchResult run_batch_any(const std::vector<std::string>& paths, const BatchOptions& options,
                          const BatchWork& work, const BatchDeliver& deliver);
} // namespace detail

/// Runs `work(PlanResult&&) -> R` on each plan on worker threads and
/// `deliver(R&&)` on the calling thread in plan order (R must be copyable, as
/// std::any requires). Each configuration file is read once for the whole run;
/// a plan whose .engage.toml cannot be used is not worked on and becomes an
/// error in the result, and the run goes on. An exception from `work` or
/// `deliver` (a file that cannot be written) stops the run: later plans are not
/// delivered, the workers are joined, and the result holds the exception and
/// what was not delivered. `work` must be safe to call from several threads at
/// once. Throws ConfigError before any work when the configuration file given
/// in the overrides (--config) cannot be used.
template <class Work, class Deliver>
BatchResult run_batch(const std::vector<std::string>& paths, const BatchOptions& options,
                      Work&& work, Deliver&& deliver) {
    using R = std::invoke_result_t<Work&, PlanResult&&>;
    return detail::run_batch_any(
        paths, options, [&](PlanResult&& plan) { return std::any(work(std::move(plan))); },
        [&](std::any&& out) { deliver(std::any_cast<R>(std::move(out))); });
}

/// validate_paths on `options.jobs` threads: the same result, in the same order.
/// Rethrows what stopped the run.
[[nodiscard]] ValidateResult validate_paths(const std::vector<std::string>& paths,
                                            const BatchOptions& options);

/// The number of threads `jobs` stands for (0: the machine's cores, at least 1).
[[nodiscard]] unsigned batch_threads(unsigned jobs);

} // namespace engage
