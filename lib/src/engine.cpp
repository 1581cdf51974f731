// SPDX-License-Identifier: MIT
// One plan's check: its framework, then checks, suppression, selection,
// assessment and severity; and the settings a plan is checked with. The
// pipeline that runs it over many plans is pipeline.cpp.
#include "assessment_engine.hpp"
#include "rules/catalogue.hpp"
#include "run_caches.hpp"
#include "suppression.hpp"
#include "util/paths.hpp"
#include "util/suggest.hpp"

#include <engage/engine.hpp>
#include <engage/framework.hpp>
#include <engage/settings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_map>

namespace engage {

namespace fs = std::filesystem;

namespace {

/// Runs one rule's plan check, adding its findings to `out` and, when asked,
/// its evidence to `evidence`.
void run_check(const rules::RuleDefinition& rule, const Plan& plan, const Settings& settings,
               std::vector<Finding>& out, const FlowGraph* graph = nullptr,
               detail::EvidenceFound* evidence = nullptr) {
    if (rule.check == nullptr || rule.stage != rules::CheckStage::plan || !plan.has_plan_section)
        return;
    rules::CheckContext context(plan, settings, rule, out, graph);
    if (evidence != nullptr)
        context.record_evidence_in(evidence->listed);
    rule.check(context);
    if (evidence != nullptr && context.evidence_total() > 0)
        evidence->totals[rule.info.name] = context.evidence_total();
}

/// Runs the enabled checks of a later stage, each given what that stage sees.
template <class Prepare>
void run_stage(rules::CheckStage stage, const Plan& plan, const Settings& settings,
               std::vector<Finding>& out, Prepare&& prepare) {
    for (const rules::RuleDefinition* rule : rules::definitions()) {
        if (rule->stage != stage || rule->check == nullptr ||
            !settings.rules.enabled(rule->info.name))
            continue;
        rules::CheckContext context(plan, settings, *rule, out);
        prepare(context);
        rule->check(context);
    }
}

using detail::FrameworkCache;

/// The framework a plan is held against: the settings' choice, else the plan's
/// own `framework`, else the National Standards. Problems become findings.
std::shared_ptr<const Framework> resolve_framework(const Plan& plan, const Settings& settings,
                                                   FrameworkCache& cache,
                                                   std::vector<Finding>& findings) {
    const bool from_plan = settings.framework.empty() && plan.info.framework.present();
    const std::string choice = !settings.framework.empty() ? settings.framework
                               : from_plan                 ? plan.info.framework.value
                                                           : std::string(default_framework_id);
    if (auto builtin = builtin_framework(choice))
        return builtin;
    std::string path = choice;
    const fs::path base =
        plan.files.empty() ? fs::path() : fs::path(plan.files.front().path).parent_path();
    if (from_plan && fs::path(choice).is_relative()) {
        // A plan names its framework file relative to itself. The file read is the
        // one the joined path reaches; it is shown tidied when that names it too.
        const fs::path joined = base / choice;
        const fs::path tidy = joined.lexically_normal();
        std::error_code same_ec;
        path = fs::equivalent(joined, tidy, same_ec) ? tidy.string() : joined.string();
    }
    if (from_plan) {
        if (auto refused = detail::file_refused(base, path, "plan")) {
            const SourceLoc at = plan.info.framework.loc;
            findings.push_back(rules::make_finding(
                rules::bad_value, plan.file_path(at), at.line, at.column,
                fmt::format("the framework file `{}` {}; engage does not read it", choice,
                            *refused),
                "Keep the framework file with the plan, or name it with --framework."));
            return nullptr;
        }
    }
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        std::vector<std::string_view> ids;
        const auto builtins = builtin_framework_ids();
        for (const auto& id : builtins)
            ids.push_back(id);
        const SourceLoc at = from_plan ? plan.info.framework.loc : plan.info.loc;
        const auto near = detail::closest_match(choice, ids);
        findings.push_back(rules::make_finding(
            rules::bad_value, plan.file_path(at), at.line, at.column,
            fmt::format(
                "the framework `{}` is neither a built-in framework ({}) nor a framework file",
                choice, detail::join_alternatives(ids)),
            near ? fmt::format("Did you mean `{}`?", *near)
                 : "Give a built-in id, or the path of a framework file."));
        return nullptr;
    }
    const FrameworkLoad& loaded = cache.load(path);
    findings.insert(findings.end(), loaded.findings.begin(), loaded.findings.end());
    return loaded.framework;
}

/// Standard keys named by the plan (in actions and self-assessment) must be the framework's.
void check_standard_keys(const Plan& plan, const Framework& framework,
                         std::vector<Finding>& findings) {
    std::vector<std::string_view> keys;
    for (const auto& s : framework.standards)
        keys.push_back(s.key);
    auto check = [&](const Text& key) {
        if (!key.present() || framework.find_standard(key.value))
            return;
        const auto near = detail::closest_match(key.value, keys);
        findings.push_back(make_finding(
            rules::unknown_reference, plan.file_path(key.loc), key.loc.line, key.loc.column,
            fmt::format("`{}` is not a standard of the {}", key.value, framework.name),
            near ? fmt::format("Did you mean `{}`?", *near)
                 : fmt::format("The standards are: {}.", detail::join_alternatives(keys))));
    };
    for (const auto& action : plan.actions) {
        for (const auto& key : action.standards.value)
            check(key);
    }
    for (const auto& self : plan.standards)
        check(self.key);
}

} // namespace

RuleRun run_rule(const RuleInfo& rule, const Plan& plan, const Settings& settings) {
    RuleRun run;
    detail::EvidenceFound evidence;
    run_check(rules::definition_of(rule), plan, settings, run.findings, nullptr, &evidence);
    run.evidence = std::move(evidence.listed);
    return run;
}

namespace detail {

const FrameworkLoad& FrameworkCache::load(const std::string& path) {
    const std::lock_guard lock(mutex_);
    auto [it, inserted] = files_.try_emplace(path);
    if (inserted)
        it->second = load_framework_file(path, limits_);
    return it->second;
}

PlanResult check_plan_with(LoadedPlan loaded, const Settings& settings, FrameworkCache& cache) {
    PlanResult result;
    result.plan = std::move(loaded.plan);
    result.settings = settings;
    std::vector<Finding> findings = std::move(loaded.findings);
    const Plan& plan = result.plan;
    if (plan.has_plan_section) {
        std::shared_ptr<const Framework> framework =
            resolve_framework(plan, settings, cache, findings);
        if (framework)
            check_standard_keys(plan, *framework, findings);
        const FlowGraph graph(plan); // built once, read by every flow rule
        detail::EvidenceFound evidence;
        for (const rules::RuleDefinition* rule : rules::definitions()) {
            if (rule->check == nullptr || rule->stage != rules::CheckStage::plan ||
                !settings.rules.enabled(rule->info.name))
                continue;
            run_check(*rule, plan, settings, findings, &graph, &evidence);
        }
        // Selection applies to every rule but those always on: an unreadable file is never
        // waved through.
        std::unordered_map<std::string_view, bool> enabled; // asked once per rule, not per finding
        std::erase_if(findings, [&](const Finding& f) {
            auto [it, inserted] = enabled.try_emplace(f.rule, true);
            if (inserted) {
                const RuleInfo* rule = find_rule(f.rule);
                it->second = (rule != nullptr && rule->always_on) || settings.rules.enabled(f.rule);
            }
            return !it->second;
        });
        const std::vector<detail::Suppression> suppressions =
            detail::apply_suppressions(plan, findings);
        run_stage(rules::CheckStage::suppression, plan, settings, findings,
                  [&](rules::CheckContext& context) { context.see_suppressions(suppressions); });
        if (framework) {
            result.assessment =
                detail::assess(*framework, plan, evidence, findings, settings.rules);
            run_stage(
                rules::CheckStage::assessment, plan, settings, findings,
                [&](rules::CheckContext& context) { context.see_assessment(*result.assessment); });
        }
        result.evidence = std::move(evidence.listed);
        result.evidence_totals.insert(evidence.totals.begin(), evidence.totals.end());
    }
    if (!settings.rules.severity.empty()) {
        std::unordered_map<std::string_view, std::optional<Severity>> overrides; // one a rule
        for (Finding& finding : findings) {
            auto [it, inserted] = overrides.try_emplace(finding.rule);
            if (inserted) {
                const RuleInfo* rule = find_rule(finding.rule);
                // An unreadable file is never waved through.
                if (rule == nullptr || !rule->always_on)
                    it->second = settings.rules.severity_of(finding.rule);
            }
            if (it->second)
                finding.severity = *it->second;
        }
    }
    sort_findings(findings);
    result.findings = std::move(findings);
    return result;
}

} // namespace detail

PlanResult check_plan(LoadedPlan loaded, const Settings& settings, const LoadLimits& limits) {
    FrameworkCache cache(limits);
    return detail::check_plan_with(std::move(loaded), settings, cache);
}

namespace {

Settings apply_overrides(Settings settings, const SettingsOverrides& overrides) {
    if (overrides.as_of)
        settings.as_of = overrides.as_of;
    if (!settings.as_of)
        settings.as_of = overrides.fallback_as_of;
    if (overrides.framework)
        settings.framework = *overrides.framework;
    if (!overrides.select.empty())
        settings.rules.select = overrides.select;
    settings.rules.ignore.insert(settings.rules.ignore.end(), overrides.ignore.begin(),
                                 overrides.ignore.end());
    if (overrides.fail_on)
        settings.fail_on = overrides.fail_on;
    settings.exclude.insert(settings.exclude.end(), overrides.exclude.begin(),
                            overrides.exclude.end());
    return settings;
}

} // namespace

namespace detail {

SettingsCache::SettingsCache(const SettingsOverrides& overrides, const LoadLimits& limits)
    : overrides_(overrides)
    , limits_(limits) {}

const Settings& SettingsCache::for_plan(const std::string& plan_path) {
    const std::optional<std::string> config = overrides_.isolated      ? std::nullopt
                                              : overrides_.config_file ? overrides_.config_file
                                                                       : find_config(plan_path);
    // One entry per file however it is spelled (`../.engage.toml`, `./.engage.toml`...);
    // the folder is made canonical, not a final symbolic link, so a framework path
    // in the file stays relative to where the file was found.
    std::string key;
    if (config) {
        const fs::path path(*config);
        std::error_code ec;
        const fs::path folder = fs::weakly_canonical(fs::absolute(path.parent_path(), ec), ec);
        key = ec ? *config : (folder / path.filename()).string();
    }
    const std::lock_guard lock(mutex_);
    auto [it, inserted] = entries_.try_emplace(key);
    Entry& entry = it->second;
    if (inserted) {
        try {
            entry.settings =
                apply_overrides(config ? load_config(*config, limits_) : Settings{}, overrides_);
        } catch (const ConfigError&) {
            entry.error = std::current_exception();
        }
    }
    if (entry.error)
        std::rethrow_exception(entry.error);
    return *entry.settings;
}

InputError config_input_error(const std::string& plan_path, const ConfigError& error) {
    return {plan_path,
            fmt::format("not checked, as its configuration cannot be used: {}", error.what())};
}

} // namespace detail

Settings resolve_settings(const std::string& plan_path, const SettingsOverrides& overrides,
                          const LoadLimits& limits) {
    return detail::SettingsCache(overrides, limits).for_plan(plan_path);
}

std::vector<const Finding*> ValidateResult::all_findings() const {
    std::vector<const Finding*> all;
    std::size_t total = 0;
    for (const auto& plan : plans)
        total += plan.findings.size();
    all.reserve(total);
    for (const auto& plan : plans) {
        for (const auto& finding : plan.findings)
            all.push_back(&finding);
    }
    // Each plan's findings are sorted already; only several plans need a merge.
    if (plans.size() > 1) {
        std::stable_sort(all.begin(), all.end(),
                         [](const Finding* a, const Finding* b) { return finding_less(*a, *b); });
    }
    return all;
}

FindingCounts ValidateResult::counts() const {
    FindingCounts total;
    for (const auto& plan : plans) {
        const FindingCounts counts = count_findings(plan.findings);
        total.errors += counts.errors;
        total.warnings += counts.warnings;
        total.infos += counts.infos;
    }
    return total;
}

std::size_t ValidateResult::file_count() const {
    std::size_t count = 0;
    for (const auto& plan : plans)
        count += plan.plan.files.size();
    return count;
}

bool ValidateResult::fails() const {
    return std::any_of(plans.begin(), plans.end(), [](const PlanResult& plan) {
        return reaches(plan.findings, plan.settings.fail_on.value_or(Severity::error));
    });
}

} // namespace engage
