// The pipeline behind `engage validate`.
#include "rules/check_context.hpp"

#include <engage/engine.hpp>

#include <algorithm>

namespace engage {

std::vector<Finding> run_rule(const RuleInfo& rule, const Plan& plan, const Settings& settings) {
    std::vector<Finding> findings;
    if (rule.check != nullptr && plan.has_plan_section) {
        detail::CheckContext context(plan, settings, rule, findings);
        rule.check(context);
    }
    return findings;
}

PlanResult check_plan(LoadedPlan loaded, const Settings& settings) {
    PlanResult result;
    result.plan = std::move(loaded.plan);
    result.findings = std::move(loaded.findings);
    result.settings = settings;
    if (result.plan.has_plan_section) {
        for (const RuleInfo& rule : all_rules()) {
            if (rule.check == nullptr || !settings.rules.enabled(rule.name))
                continue;
            auto found = run_rule(rule, result.plan, settings);
            result.findings.insert(result.findings.end(), std::make_move_iterator(found.begin()),
                                   std::make_move_iterator(found.end()));
        }
    }
    for (Finding& finding : result.findings) {
        if (auto severity = settings.rules.severity_of(finding.rule))
            finding.severity = *severity;
    }
    sort_findings(result.findings);
    return result;
}

ValidateResult validate_paths(const std::vector<std::string>& paths,
                              const ValidateOptions& options) {
    LoadResult loaded = load_paths(paths, options.load);
    ValidateResult result;
    Settings settings;
    settings.as_of = options.overrides.as_of;
    settings.fail_on = options.overrides.fail_on;
    for (auto& plan : loaded.plans)
        result.plans.push_back(check_plan(std::move(plan), settings));
    result.errors = std::move(loaded.errors);
    return result;
}

std::vector<Finding> ValidateResult::all_findings() const {
    std::vector<Finding> all;
    for (const auto& plan : plans)
        all.insert(all.end(), plan.findings.begin(), plan.findings.end());
    sort_findings(all);
    return all;
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
