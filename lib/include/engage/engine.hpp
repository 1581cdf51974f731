// SPDX-License-Identifier: MIT
// Checking plans: one loaded plan (check_plan), or every plan at some paths,
// found, loaded and checked one after another or on several threads through
// one pipeline (run_plans): load -> structural findings -> evidence and flow
// checks -> suppression, selection and severity -> standards assessment.
#pragma once

#include <engage/assessment.hpp>
#include <engage/diagnostic.hpp>
#include <engage/load.hpp>
#include <engage/rules.hpp>
#include <engage/settings.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace engage {

/// Settings given on the command line; each one set overrides configuration.
struct SettingsOverrides {
    std::optional<std::string> config_file; ///< use this file instead of discovering .engage.toml
    bool isolated = false; ///< read no configuration file at all: the defaults, then these
    std::optional<Date> as_of;
    std::optional<Date> fallback_as_of; ///< used when neither this nor the configuration sets as-of
                                        ///< (the CLI: today)
    std::optional<std::string> framework;
    std::vector<std::string> select; ///< replaces the configured selection when not empty
    std::vector<std::string> ignore; ///< added to the configured ignores
    std::vector<std::string> exclude; ///< glob patterns added to the configured exclusions
    std::optional<Severity> fail_on;
};

/// How a run finds, loads and checks plans.
struct RunOptions {
    LoadOptions load;
    SettingsOverrides overrides;
    unsigned jobs = 1; ///< plans worked on at once; 0: one per core
    /// False: plans are loaded and given their settings, not checked (their
    /// findings are the loader's, and they have no assessment).
    bool check = true;
    /// Called on the calling thread after each plan found: (plans handed over, plans found).
    std::function<void(std::size_t, std::size_t)> progress;
};

/// One plan, checked.
struct PlanResult {
    Plan plan;
    std::vector<Finding> findings;        ///< sorted; after suppression and severity overrides
    std::optional<Assessment> assessment; ///< none when the plan could not be read
    /// The evidence the checks recorded, rule by rule in catalogue order, at most
    /// Assessment::evidence_listed items a rule (the assessment counts them all).
    std::vector<Evidence> evidence;
    /// How much evidence each rule recorded, listed or not, by rule name.
    std::map<std::string_view, std::size_t> evidence_totals;
    Settings settings;                    ///< what this plan was checked with
};

/// The finished result of a validate run, as renderers see it.
struct ValidateResult {
    std::vector<PlanResult> plans;
    std::vector<InputError> errors;
    std::vector<std::string> not_plans; ///< YAML files passed over as not plans (LoadedPlan::not_a_plan)
    /// Every plan's findings, in the order renderers show them (by file, line, column).
    [[nodiscard]] std::vector<const Finding*> all_findings() const;
    [[nodiscard]] FindingCounts counts() const;
    [[nodiscard]] std::size_t file_count() const;
    /// True when some plan has a finding at or above its failing level.
    [[nodiscard]] bool fails() const;
};

/// Loads every plan at `paths` and runs every check on it, on `options.jobs`
/// threads, in the order the plans were found. A plan whose .engage.toml cannot
/// be used is not checked: it becomes an InputError, and the other plans are
/// checked. Throws ConfigError when the configuration file given in the
/// overrides (--config) cannot be used.
[[nodiscard]] ValidateResult validate_paths(const std::vector<std::string>& paths,
                                            const RunOptions& options = {});

/// What a run saw besides the plans it handed over.
struct RunSummary {
    /// Paths that name nothing, then, in plan order, plans that could not be
    /// read or whose configuration cannot be used.
    std::vector<InputError> errors;
    std::size_t plans = 0; ///< plans handed over
    bool fails = false;    ///< some plan has a finding at its failing level
    /// YAML files that are not plans (LoadedPlan::not_a_plan), passed over, in order.
    std::vector<std::string> not_plans;
};

/// What stopped a run part-way: a `work` or `deliver` of run_plans threw. The
/// exception it threw is nested in this one (std::rethrow_if_nested), and
/// what() is its message.
class RunStopped : public Error {
public:
    RunStopped(const std::string& message, std::vector<PlanSource> not_delivered);
    /// The plans not handed over, the one that failed first, in order.
    std::vector<PlanSource> not_delivered;
};

/// The untyped core of run_plans (below), for callers that keep their own results: `work(index,
/// plan)` on a worker thread for each plan, `index` being its place among the plans found; then
/// `deliver(index)` on the calling thread, in order of `index`, once for each index that `work` was
/// called with. Same guarantees and errors.
RunSummary run_plans_by_index(const std::vector<std::string>& paths, const RunOptions& options,
                              const std::function<void(std::size_t, PlanResult&&)>& work,
                              const std::function<void(std::size_t)>& deliver);

/// The pipeline: finds the plans at `paths` (plan files, plan folders,
/// collections, "-" for standard input), then loads and checks each on one of
/// `options.jobs` threads and calls `work(PlanResult&&)` on it there; then
/// `deliver(result)` on the calling thread, plan by plan in the order they were
/// found, so nothing delivered depends on the number of threads. Workers stay
/// a few plans ahead of delivery, so memory holds only the plans in hand.
/// Settings (each .engage.toml) and framework files are read once for the run.
/// `work` must be safe to call from several threads at once.
///
/// Throws ConfigError, before any work, when the configuration file given in
/// the overrides (--config) cannot be used; throws RunStopped when `work` or
/// `deliver` threw (the workers are stopped first).
template <class Work, class Deliver>
RunSummary run_plans(const std::vector<std::string>& paths, const RunOptions& options, Work&& work,
                     Deliver&& deliver) {
    using Result = std::invoke_result_t<Work&, PlanResult&&>;
    std::mutex mutex;
    std::map<std::size_t, std::vector<Result>> done; // a few plans: workers stay near delivery
    return run_plans_by_index(
        paths, options,
        [&](std::size_t index, PlanResult&& plan) {
            Result result = work(std::move(plan));
            const std::lock_guard lock(mutex);
            done[index].push_back(std::move(result));
        },
        [&](std::size_t index) {
            std::vector<Result> results;
            {
                const std::lock_guard lock(mutex);
                results = std::move(done.extract(index).mapped());
            }
            for (Result& result : results)
                deliver(std::move(result));
        });
}

/// The threads `jobs` stands for (0: the machine's cores, at least 1).
[[nodiscard]] unsigned run_threads(unsigned jobs);

/// One run's settings and frameworks, each read once, for checking plans that
/// were loaded some other way (from git, from memory) as run_plans checks them.
/// Safe to share between threads.
class Checker {
public:
    /// Throws ConfigError when the configuration file given in the overrides
    /// (--config) cannot be used.
    explicit Checker(const RunOptions& options);
    ~Checker();
    Checker(const Checker&) = delete;
    Checker& operator=(const Checker&) = delete;

    /// The settings of a plan at `plan_path` (a file or folder; "." for
    /// standard input): its .engage.toml or the one given, then the
    /// overrides. Throws ConfigError.
    [[nodiscard]] const Settings& settings_for(const std::string& plan_path);

    /// Checks one loaded plan with `settings`.
    [[nodiscard]] PlanResult check(LoadedPlan loaded, const Settings& settings);

private:
    struct Caches;
    std::unique_ptr<Caches> caches_;
};

/// The settings for a plan at `plan_path`: its .engage.toml (or the one given),
/// then the overrides. Throws ConfigError.
[[nodiscard]] Settings resolve_settings(const std::string& plan_path,
                                        const SettingsOverrides& overrides,
                                        const LoadLimits& limits = {});

/// Checks one loaded plan with the given settings (no configuration discovery).
/// A framework file the plan or settings name is read within `limits`.
[[nodiscard]] PlanResult check_plan(LoadedPlan loaded, const Settings& settings,
                                    const LoadLimits& limits = {});

/// What one rule's check found on its own: its findings and its evidence.
struct RuleRun {
    std::vector<Finding> findings;
    std::vector<Evidence> evidence; ///< at most Assessment::evidence_listed items
};

/// Runs a single rule's check on a plan, with no suppression or selection.
[[nodiscard]] RuleRun run_rule(const RuleInfo& rule, const Plan& plan,
                               const Settings& settings = {});

} // namespace engage
