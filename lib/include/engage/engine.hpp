// The whole check of a set of paths, as `engage validate` runs it:
// load -> structural findings -> evidence and flow checks -> suppression,
// selection and severity -> standards assessment.
#pragma once

#include <engage/assessment.hpp>
#include <engage/diagnostic.hpp>
#include <engage/load.hpp>
#include <engage/rules.hpp>
#include <engage/settings.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace engage {

/// Settings given on the command line; each one set overrides configuration.
struct SettingsOverrides {
    std::optional<std::string> config_file; ///< use this file instead of discovering .engage.toml
    std::optional<Date> as_of;
    std::optional<Date> fallback_as_of; ///< used when neither this nor the configuration sets as-of
                                        ///< (the CLI: today)
    std::optional<std::string> framework;
    std::vector<std::string> select; ///< replaces the configured selection when not empty
    std::vector<std::string> ignore; ///< added to the configured ignores
    std::optional<Severity> fail_on;
};

struct ValidateOptions {
    LoadOptions load;
    SettingsOverrides overrides;
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
    /// Every plan's findings, in the order renderers show them (by file, line, column).
    [[nodiscard]] std::vector<const Finding*> all_findings() const;
    [[nodiscard]] FindingCounts counts() const;
    [[nodiscard]] std::size_t file_count() const;
    /// True when some plan has a finding at or above its failing level.
    [[nodiscard]] bool fails() const;
};

/// Loads every plan at `paths` and runs every check on it. A plan whose
/// .engage.toml cannot be used is not checked: it becomes an InputError, and
/// the other plans are checked. Throws ConfigError when the configuration
/// file given in the overrides (--config) cannot be used.
[[nodiscard]] ValidateResult validate_paths(const std::vector<std::string>& paths,
                                            const ValidateOptions& options = {});

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
