#include "checks.hpp"

#include <engage/rules.hpp>

#include <algorithm>
#include <array>
#include <cassert>

namespace engage {

namespace {
using namespace detail; // the check functions named in the tables

// One table of every rule, assembled from one file per family.
// clang-format off
// (The order of the includes is the order of the families.)
constexpr RuleInfo rule_table[] = {
#include "structure_rules.inc"
#include "flow_rules.inc"
#include "inclusion_rules.inc"
#include "support_rules.inc"
#include "planning_rules.inc"
#include "working_together_rules.inc"
#include "methods_rules.inc"
#include "communication_rules.inc"
#include "impact_rules.inc"
#include "meta_rules.inc"
#include "privacy_rules.inc"
};
// clang-format on

// Families appear in a fixed order (structure, flow, evidence by standard, meta, privacy);
// within a family, codes ascend. Codes and names are never reused.
constexpr bool codes_ascend_within_families_and_names_are_unique() {
    const std::size_t count = std::size(rule_table);
    for (std::size_t i = 0; i < count; ++i) {
        for (std::size_t j = i + 1; j < count; ++j) {
            if (rule_table[i].code == rule_table[j].code ||
                rule_table[i].name == rule_table[j].name)
                return false;
        }
        if (i > 0 && rule_table[i - 1].code[0] == rule_table[i].code[0] &&
            !(rule_table[i - 1].code < rule_table[i].code)) {
            return false;
        }
    }
    return true;
}
static_assert(codes_ascend_within_families_and_names_are_unique(),
              "a rule code or name is repeated, or codes are out of order within a family");
} // namespace

std::span<const RuleInfo> all_rules() {
    return rule_table;
}

const RuleInfo* find_rule(std::string_view code_or_name) {
    auto it = std::find_if(std::begin(rule_table), std::end(rule_table), [&](const RuleInfo& rule) {
        return rule.code == code_or_name || rule.name == code_or_name;
    });
    return it == std::end(rule_table) ? nullptr : &*it;
}

Finding make_finding(std::string_view rule, std::string file, std::uint32_t line,
                     std::uint32_t column, std::string message, std::string help) {
    const RuleInfo* info = find_rule(rule);
    assert(info && "make_finding: rule is not registered");
    RuleInfo unregistered{}; // release builds: the name as given, an error, no standard
    unregistered.name = rule;
    unregistered.severity = Severity::error;
    return make_finding(info != nullptr ? *info : unregistered, std::move(file), line, column,
                        std::move(message), std::move(help));
}

Finding make_finding(const RuleInfo& rule, std::string file, std::uint32_t line,
                     std::uint32_t column, std::string message, std::string help) {
    Finding finding;
    finding.rule = std::string(rule.name);
    finding.severity = rule.severity;
    finding.standard = std::string(rule.standard);
    finding.message = std::move(message);
    finding.file = std::move(file);
    finding.line = line;
    finding.column = column;
    finding.help = std::move(help);
    return finding;
}

} // namespace engage
