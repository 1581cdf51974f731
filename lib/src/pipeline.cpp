// SPDX-License-Identifier: MIT
// The pipeline: plans found, then loaded, configured and checked on worker
// threads, and handed over in the order they were found (see engine.hpp).
// One plan's check is engine.cpp; the run's caches, run_caches.hpp.
#include "run_caches.hpp"

#include <engage/engine.hpp>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace engage {

RunStopped::RunStopped(const std::string& message, std::vector<PlanSource> not_delivered_sources)
    : Error(message)
    , not_delivered(std::move(not_delivered_sources)) {}

unsigned run_threads(unsigned jobs) {
    if (jobs > 0)
        return jobs;
    return std::max(1u, std::thread::hardware_concurrency());
}

struct Checker::Caches {
    explicit Caches(const RunOptions& run)
        : options(run)
        , settings(options.overrides, options.load.limits)
        , frameworks(options.load.limits) {}

    RunOptions options; ///< the caches below refer to it
    detail::SettingsCache settings;
    detail::FrameworkCache frameworks;
};

Checker::Checker(const RunOptions& options)
    : caches_(std::make_unique<Caches>(options)) {
    // A configuration file given on the command line governs every plan: when it
    // cannot be used, nothing can be checked, and it is said once.
    if (const auto& given = caches_->options.overrides.config_file)
        (void)caches_->settings.for_plan(*given);
}

Checker::~Checker() = default;

const Settings& Checker::settings_for(const std::string& plan_path) {
    return caches_->settings.for_plan(plan_path);
}

PlanResult Checker::check(LoadedPlan loaded, const Settings& settings) {
    return detail::check_plan_with(std::move(loaded), settings, caches_->frameworks);
}

namespace {

/// What a worker made of one plan source, waiting for its turn to be delivered.
struct Slot {
    bool ready = false;
    bool worked = false; ///< `work` was called for it (it held a plan that could be configured)
    std::vector<InputError> errors;
    std::vector<std::string> not_plans; ///< files that turned out not to be plans
    bool fails = false;
    std::exception_ptr failure;
};

/// Where a plan's configuration is looked for: from the plan itself; for
/// standard input, which has no folder, from the folder of the name given to
/// it (--stdin-filename, as ruff does), else from the current folder. The one
/// place standard input is told apart after loading.
std::string settings_start(const PlanSource& source, const LoadedPlan& plan,
                           const LoadOptions& load) {
    if (source.kind != PlanSource::Kind::standard_input)
        return plan.plan.path;
    return load.stdin_name == LoadOptions{}.stdin_name ? std::string(".") : load.stdin_name;
}

/// Loads, configures and checks the plan at `source`, and works on it.
Slot work_on(std::size_t index, const PlanSource& source, const RunOptions& options,
             Checker& checker, const std::function<void(std::size_t, PlanResult&&)>& work) {
    Slot slot;
    try {
        LoadResult loaded = load_plan_source(source, options.load);
        slot.errors = std::move(loaded.errors);
        for (LoadedPlan& plan : loaded.plans) {
            if (plan.not_a_plan) {
                slot.not_plans.push_back(std::move(plan.plan.path));
                continue;
            }
            const Settings* settings = nullptr;
            try {
                settings = &checker.settings_for(settings_start(source, plan, options.load));
            } catch (const ConfigError& error) {
                // Only the plans this file governs go unchecked; the run goes on.
                slot.errors.push_back(detail::config_input_error(plan.plan.path, error));
                continue;
            }
            PlanResult result;
            if (options.check) {
                result = checker.check(std::move(plan), *settings);
            } else {
                result.plan = std::move(plan.plan);
                result.findings = std::move(plan.findings);
                result.settings = *settings;
            }
            slot.fails = slot.fails || reaches(result.findings,
                                               result.settings.fail_on.value_or(Severity::error));
            slot.worked = true;
            work(index, std::move(result));
        }
    } catch (...) {
        slot.failure = std::current_exception();
    }
    return slot;
}

/// `load` with, for each path given, the exclusions of the settings that govern
/// it. A configuration that cannot be used excludes nothing here: the plans it
/// governs report it when they are checked.
LoadOptions with_exclusions(const std::vector<std::string>& paths, const LoadOptions& load,
                            Checker& checker) {
    LoadOptions with = load;
    for (const std::string& path : paths) {
        if (path == "-")
            continue;
        try {
            with.exclude[path] = checker.settings_for(path).exclude;
        } catch (const ConfigError&) {
        }
    }
    return with;
}

std::string message_of(const std::exception_ptr& failure) {
    try {
        std::rethrow_exception(failure);
    } catch (const std::exception& error) {
        return error.what();
    } catch (...) {
        return "unknown error";
    }
}

} // namespace

RunSummary run_plans_by_index(const std::vector<std::string>& paths, const RunOptions& options,
                              const std::function<void(std::size_t, PlanResult&&)>& work,
                              const std::function<void(std::size_t)>& deliver) {
    Checker checker(options);
    RunSummary result;
    PlanSources found = discover_plans(paths, with_exclusions(paths, options.load, checker));
    result.errors = std::move(found.errors);
    const std::vector<PlanSource>& sources = found.sources;
    const std::size_t total = sources.size();
    const std::size_t threads =
        std::min<std::size_t>(run_threads(options.jobs), std::max<std::size_t>(total, 1));
    const std::size_t ahead = 2 * threads; // how far workers may run ahead of delivery
    std::exception_ptr failure;
    std::size_t failed_at = 0;

    // Hands one worked-on source over, in input order; false stops the run.
    auto hand_over = [&](std::size_t index, Slot slot) {
        std::move(slot.errors.begin(), slot.errors.end(), std::back_inserter(result.errors));
        std::move(slot.not_plans.begin(), slot.not_plans.end(),
                  std::back_inserter(result.not_plans));
        failure = slot.failure;
        if (!failure && slot.worked) {
            try {
                deliver(index);
                ++result.plans;
            } catch (...) {
                failure = std::current_exception();
            }
        }
        if (failure) {
            failed_at = index;
            return false;
        }
        result.fails = result.fails || slot.fails;
        if (options.progress)
            options.progress(index + 1, total);
        return true;
    };

    if (threads == 1) {
        // One thread's worth of work runs here: a worker would only add its start-up
        // to the latency of `engage validate FILE`, which pre-commit pays per call.
        for (std::size_t index = 0; index < total; ++index) {
            if (!hand_over(index, work_on(index, sources[index], options, checker, work)))
                break;
        }
    } else {
        std::vector<Slot> slots(total);
        std::mutex mutex;
        std::condition_variable can_take, can_deliver;
        std::size_t next_take = 0, next_deliver = 0;
        bool stop = false;

        auto worker = [&] {
            while (true) {
                std::size_t index = 0;
                {
                    std::unique_lock lock(mutex);
                    can_take.wait(lock, [&] {
                        return stop || next_take >= total || next_take < next_deliver + ahead;
                    });
                    if (stop || next_take >= total)
                        return;
                    index = next_take++;
                }
                Slot slot = work_on(index, sources[index], options, checker, work);
                std::lock_guard lock(mutex);
                slots[index] = std::move(slot);
                slots[index].ready = true;
                can_deliver.notify_all();
            }
        };
        std::vector<std::jthread> pool;
        for (std::size_t t = 0; t < threads; ++t)
            pool.emplace_back(worker);

        for (std::size_t index = 0; index < total; ++index) {
            Slot slot;
            {
                std::unique_lock lock(mutex);
                can_deliver.wait(lock, [&] { return slots[index].ready; });
                slot = std::move(slots[index]);
                slots[index] = Slot{};
                next_deliver = index + 1;
            }
            can_take.notify_all();
            if (!hand_over(index, std::move(slot)))
                break;
        }
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        can_take.notify_all();
        pool.clear(); // joins
    }
    if (failure) {
        std::vector<PlanSource> not_delivered(
            sources.begin() + static_cast<std::ptrdiff_t>(failed_at), sources.end());
        try {
            std::rethrow_exception(failure);
        } catch (...) {
            std::throw_with_nested(RunStopped(message_of(failure), std::move(not_delivered)));
        }
    }
    return result;
}

ValidateResult validate_paths(const std::vector<std::string>& paths, const RunOptions& options) {
    ValidateResult result;
    RunSummary run = run_plans(
        paths, options, [](PlanResult&& plan) { return std::move(plan); },
        [&](PlanResult&& plan) { result.plans.push_back(std::move(plan)); });
    result.errors = std::move(run.errors);
    result.not_plans = std::move(run.not_plans);
    return result;
}

} // namespace engage
