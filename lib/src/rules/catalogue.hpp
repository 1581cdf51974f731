// SPDX-License-Identifier: MIT
// Every rule by name, for the code that reports or looks at findings outside
// the rules' own files (the loader, the engine, suppression, renderers):
// `rules::bad_value` rather than the string "bad-value".
#pragma once

#include "rule.hpp"

#include <span>

namespace engage::rules {

#define ENGAGE_RULE(code, identifier) extern const RuleDefinition identifier;
#include "rule_list.inc"
#undef ENGAGE_RULE

/// Every rule's definition, in catalogue order.
[[nodiscard]] std::span<const RuleDefinition* const> definitions();

/// One line of rule_list.inc: the code and identifier it gives, and the rule.
struct ListedRule {
    std::string_view code;
    std::string_view identifier;
    const RuleDefinition* definition;
};

/// rule_list.inc as written (a test holds each line to its rule's own file).
[[nodiscard]] std::span<const ListedRule> listed_rules();

/// The definition behind a catalogue entry.
[[nodiscard]] const RuleDefinition& definition_of(const RuleInfo& info);

/// Is `finding` one of `rule`'s?
[[nodiscard]] inline bool is(const Finding& finding, const RuleDefinition& rule) {
    return finding.rule == rule.info.name;
}

/// Builds a finding of `rule` at its default severity.
[[nodiscard]] inline Finding make_finding(const RuleDefinition& rule, std::string file,
                                          std::uint32_t line, std::uint32_t column,
                                          std::string message, std::string help = {}) {
    return engage::make_finding(rule.info, std::move(file), line, column, std::move(message),
                                std::move(help));
}

} // namespace engage::rules
