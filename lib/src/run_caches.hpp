// SPDX-License-Identifier: MIT
// What one run reads once however many plans need it: settings per
// configuration file, and framework files. Safe to share between the batch's
// worker threads. Internal to the engine.
#pragma once

#include <engage/engine.hpp>
#include <engage/framework.hpp>
#include <engage/settings.hpp>

#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace engage::detail {

/// Settings per configuration file: each file is found, read and parsed once
/// in a run, keyed by its folder's canonical path, so 3,000 plans under one
/// .engage.toml parse it once. A file that cannot be used fails every plan it
/// governs with the same ConfigError, read once too.
class SettingsCache {
public:
    SettingsCache(const SettingsOverrides& overrides, const LoadLimits& limits);

    /// The settings for the plan at `plan_path`. Throws ConfigError.
    [[nodiscard]] const Settings& for_plan(const std::string& plan_path);

private:
    struct Entry {
        std::optional<Settings> settings;
        std::exception_ptr error; ///< the ConfigError the file gave, instead
    };
    const SettingsOverrides& overrides_;
    const LoadLimits& limits_;
    std::mutex mutex_;
    std::map<std::string, Entry> entries_; ///< node-based: references stay valid
};

/// Framework files, each read once per run, however many plans name them.
class FrameworkCache {
public:
    explicit FrameworkCache(const LoadLimits& limits = {})
        : limits_(limits) {}

    [[nodiscard]] const FrameworkLoad& load(const std::string& path);

private:
    LoadLimits limits_; ///< framework files are held to the plan file limits
    std::mutex mutex_;
    std::map<std::string, FrameworkLoad> files_;
};

/// check_plan with the run's framework cache.
[[nodiscard]] PlanResult check_plan_with(LoadedPlan loaded, const Settings& settings,
                                         FrameworkCache& frameworks);

/// What a plan is given instead of a check when its configuration cannot be used.
[[nodiscard]] InputError config_input_error(const std::string& plan_path, const ConfigError& error);

} // namespace engage::detail
