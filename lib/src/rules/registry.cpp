#include <engage/rules.hpp>

#include <algorithm>
#include <array>
#include <cassert>

namespace engage {

namespace {
constexpr RuleInfo rule_table[] = {
#include "structure_rules.inc"
};

constexpr bool table_sorted_by_code() {
    for (std::size_t i = 1; i < std::size(rule_table); ++i) {
        if (!(rule_table[i - 1].code < rule_table[i].code))
            return false;
    }
    return true;
}
static_assert(table_sorted_by_code(), "keep the rule table sorted by code");
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
    Finding finding;
    finding.rule = std::string(rule);
    finding.severity = info ? info->severity : Severity::error;
    finding.standard = info ? std::string(info->standard) : std::string();
    finding.message = std::move(message);
    finding.file = std::move(file);
    finding.line = line;
    finding.column = column;
    finding.help = std::move(help);
    return finding;
}

} // namespace engage
