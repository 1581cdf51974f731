// The batch runner: workers load, check and work on plans; the calling thread
// delivers their results in plan order (see batch.hpp).
#include "run_caches.hpp"

#include <engage/batch.hpp>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace engage {

unsigned batch_threads(unsigned jobs) {
    if (jobs > 0)
        return jobs;
    return std::max(1u, std::thread::hardware_concurrency());
}

namespace detail {

namespace {

/// What a worker made of one source, waiting for its turn to be delivered.
struct Slot {
    bool ready = false;
    std::vector<std::any> outputs; ///< one per plan (a source holds one plan, or none)
    std::vector<InputError> errors;
    bool fails = false;
    std::exception_ptr failure;
};

/// What every worker shares: configuration and framework files, each read once.
struct RunCaches {
    SettingsCache settings;
    FrameworkCache frameworks;
};

Slot work_on(const PlanSource& source, const BatchOptions& options, const BatchWork& work,
             RunCaches& caches) {
    Slot slot;
    try {
        const auto& load = options.validate.load;
        LoadResult loaded = load_plan_source(source, load);
        slot.errors = std::move(loaded.errors);
        for (LoadedPlan& plan : loaded.plans) {
            // Standard input has no folder: the configuration of the current folder governs it.
            const std::string start = plan.plan.path == load.stdin_name ? "." : plan.plan.path;
            const Settings* settings = nullptr;
            try {
                settings = &caches.settings.for_plan(start);
            } catch (const ConfigError& error) {
                // Only the plans this file governs go unchecked; the run goes on.
                slot.errors.push_back(config_input_error(plan.plan.path, error));
                continue;
            }
            PlanResult result = check_plan_with(std::move(plan), *settings, caches.frameworks);
            slot.fails = slot.fails || reaches(result.findings,
                                               result.settings.fail_on.value_or(Severity::error));
            slot.outputs.push_back(work(std::move(result)));
        }
    } catch (...) {
        slot.failure = std::current_exception();
    }
    return slot;
}

} // namespace

BatchResult run_batch_any(const std::vector<std::string>& paths, const BatchOptions& options,
                          const BatchWork& work, const BatchDeliver& deliver) {
    BatchResult result;
    RunCaches caches{SettingsCache(options.validate.overrides, options.validate.load.limits),
                     FrameworkCache(options.validate.load.limits)};
    // A configuration file given on the command line governs every plan: when it
    // cannot be used, nothing can be checked, and it is said once (ConfigError).
    if (options.validate.overrides.config_file)
        (void)caches.settings.for_plan(*options.validate.overrides.config_file);
    PlanSources found = discover_plans(paths, options.validate.load);
    result.errors = std::move(found.errors);
    const std::vector<PlanSource>& sources = found.sources;
    const std::size_t total = sources.size();
    const std::size_t threads =
        std::min<std::size_t>(batch_threads(options.jobs), std::max<std::size_t>(total, 1));
    const std::size_t ahead = 2 * threads; // how far workers may run ahead of delivery

    // Hands one worked-on source to `deliver`, in input order; false stops the batch.
    auto hand_over = [&](std::size_t index, Slot slot) {
        std::move(slot.errors.begin(), slot.errors.end(), std::back_inserter(result.errors));
        result.failure = slot.failure;
        if (!result.failure) {
            try {
                for (std::any& output : slot.outputs) {
                    deliver(std::move(output));
                    ++result.plans;
                }
            } catch (...) {
                result.failure = std::current_exception();
            }
        }
        if (result.failure) {
            result.not_delivered.assign(sources.begin() + static_cast<std::ptrdiff_t>(index),
                                        sources.end());
            return false;
        }
        result.fails = result.fails || slot.fails;
        if (options.progress)
            options.progress(index + 1, total);
        return true;
    };

    // One thread's worth of work runs here: a worker would only add its start-up
    // to the latency of `engage validate FILE`, which pre-commit pays per call.
    if (threads == 1) {
        for (std::size_t index = 0; index < total; ++index) {
            if (!hand_over(index, work_on(sources[index], options, work, caches)))
                break;
        }
        return result;
    }

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
            Slot slot = work_on(sources[index], options, work, caches);
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
    return result;
}

} // namespace detail

ValidateResult validate_paths(const std::vector<std::string>& paths, const BatchOptions& options) {
    if (batch_threads(options.jobs) == 1)
        return validate_paths(paths, options.validate);
    ValidateResult result;
    BatchResult batch = run_batch(
        paths, options, [](PlanResult&& plan) { return std::move(plan); },
        [&](PlanResult&& plan) { result.plans.push_back(std::move(plan)); });
    if (batch.failure)
        std::rethrow_exception(batch.failure);
    result.errors = std::move(batch.errors);
    return result;
}

} // namespace engage
