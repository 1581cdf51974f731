// SPDX-License-Identifier: MIT
// The built-in frameworks, built from the tables compiled from lib/frameworks/*.yaml.
// Kept apart from framework.cpp: the build-time tool that writes those tables
// links every other library source, and this file needs the tables it writes.
#include "compiled.hpp"

#include <engage/framework.hpp>
#include <engage/rules.hpp>

#include <mutex>

namespace engage {

namespace {

/// The National Standards take each indicator's rules from the rules that
/// declare it, in catalogue order: a new rule needs no edit of the framework.
void add_declared_rules(Indicator& indicator) {
    for (const RuleInfo& rule : all_rules()) {
        for (std::string_view id : rule.indicators) {
            if (id == indicator.id)
                indicator.rules.emplace_back(rule.name);
        }
    }
}

std::shared_ptr<const Framework> build(const detail::CompiledFramework& compiled) {
    auto framework = std::make_shared<Framework>();
    framework->id = compiled.id;
    framework->name = compiled.name;
    framework->source = compiled.source;
    framework->standards.reserve(compiled.standards.size());
    for (const auto& cs : compiled.standards) {
        Standard& standard = framework->standards.emplace_back();
        standard.key = cs.key;
        standard.name = cs.name;
        standard.statement = cs.statement;
        standard.loc = cs.loc;
        standard.indicators.reserve(cs.indicators.size());
        for (const auto& ci : cs.indicators) {
            Indicator& indicator = standard.indicators.emplace_back();
            indicator.id = ci.id;
            indicator.text = ci.text;
            indicator.checked = ci.checked;
            indicator.rules.assign(ci.rules.begin(), ci.rules.end());
            if (compiled.id == default_framework_id)
                add_declared_rules(indicator);
            indicator.loc = ci.loc;
        }
    }
    framework->file = SourceFile{std::string(compiled.path), std::string(compiled.text)};
    return framework;
}

} // namespace

std::vector<std::string> builtin_framework_ids() {
    std::vector<std::string> ids;
    for (const auto& compiled : detail::compiled_frameworks())
        ids.emplace_back(compiled.listed_id);
    return ids;
}

std::shared_ptr<const Framework> builtin_framework(std::string_view id) {
    // Built once per process; frameworks are immutable after that, so sharing is safe.
    const auto frameworks = detail::compiled_frameworks();
    static std::mutex mutex;
    static std::vector<std::shared_ptr<const Framework>> built(frameworks.size());
    for (std::size_t i = 0; i < frameworks.size(); ++i) {
        if (frameworks[i].listed_id != id)
            continue;
        const std::lock_guard<std::mutex> lock(mutex);
        if (!built[i])
            built[i] = build(frameworks[i]);
        return built[i];
    }
    return nullptr;
}

} // namespace engage
