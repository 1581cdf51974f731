// SPDX-License-Identifier: MIT
// The rule catalogue: the one sorted list of rules (rule_list.inc), and the
// look-ups everything else uses.
#include "catalogue.hpp"

#include "rule_examples.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace engage {

namespace rules {

namespace {

constexpr ListedRule listed[] = {
#define ENGAGE_RULE(code, identifier) {#code, #identifier, &identifier},
#include "rule_list.inc"
#undef ENGAGE_RULE
};

constexpr int family_rank(char code_letter) {
    constexpr std::string_view order = "SFEMP"; // structure, flow, evidence, meta, privacy
    return static_cast<int>(order.find(code_letter));
}

// The list is sorted by family, then code, and no code appears twice: a new
// rule goes in its place, and a code is never reused.
constexpr bool list_is_sorted() {
    for (std::size_t i = 1; i < std::size(listed); ++i) {
        const auto& a = listed[i - 1].code;
        const auto& b = listed[i].code;
        if (family_rank(a[0]) < 0 || family_rank(b[0]) < 0)
            return false;
        if (family_rank(a[0]) > family_rank(b[0]) ||
            (family_rank(a[0]) == family_rank(b[0]) && !(a < b)))
            return false;
    }
    return true;
}
static_assert(list_is_sorted(), "rule_list.inc is out of order, or repeats a code");

const std::array<const RuleDefinition*, std::size(listed)> definition_table = [] {
    std::array<const RuleDefinition*, std::size(listed)> table{};
    for (std::size_t i = 0; i < std::size(listed); ++i)
        table[i] = listed[i].definition;
    return table;
}();

const std::array<const RuleInfo*, std::size(listed)> info_table = [] {
    std::array<const RuleInfo*, std::size(listed)> table{};
    for (std::size_t i = 0; i < std::size(listed); ++i)
        table[i] = &listed[i].definition->info;
    return table;
}();

} // namespace

std::span<const RuleDefinition* const> definitions() {
    return definition_table;
}

const RuleDefinition& definition_of(const RuleInfo& info) {
    // RuleInfo is the first member of its RuleDefinition, one object each.
    for (const RuleDefinition* definition : definition_table) {
        if (&definition->info == &info)
            return *definition;
    }
    return *definition_table.front(); // unreachable for catalogue entries
}

std::span<const ListedRule> listed_rules() {
    return listed;
}

} // namespace rules

RuleList all_rules() {
    return RuleList(rules::info_table);
}

const RuleInfo* find_rule(std::string_view code_or_name) {
    for (const RuleInfo* rule : rules::info_table) {
        if (rule->code == code_or_name || rule->name == code_or_name)
            return rule;
    }
    return nullptr;
}

std::vector<const RuleInfo*> find_rules(std::string_view selector) {
    if (const RuleInfo* rule = find_rule(selector))
        return {rule};
    std::vector<const RuleInfo*> found;
    // A prefix is a code's start: a letter, then digits (never a part of a name).
    const bool prefix_shaped =
        !selector.empty() && std::isalpha(static_cast<unsigned char>(selector.front())) &&
        std::all_of(selector.begin() + 1, selector.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    if (!prefix_shaped)
        return found;
    const char letter = static_cast<char>(std::toupper(static_cast<unsigned char>(selector[0])));
    for (const RuleInfo* rule : rules::info_table) {
        if (rule->code.size() >= selector.size() && rule->code.front() == letter &&
            rule->code.substr(1, selector.size() - 1) == selector.substr(1))
            found.push_back(rule);
    }
    return found;
}

bool in_flow_audit(const RuleInfo& rule) {
    return rule.family == RuleFamily::structure || rule.family == RuleFamily::flow ||
           &rule == &rules::unused_suppression.info;
}

std::vector<std::string> flow_audit_selection(std::span<const std::string> select) {
    std::vector<std::string> chosen;
    for (const RuleInfo* rule : rules::info_table) {
        if (!in_flow_audit(*rule))
            continue;
        const bool named =
            select.empty() || std::any_of(select.begin(), select.end(), [&](const std::string& s) {
                const auto picked = find_rules(s);
                return std::find(picked.begin(), picked.end(), rule) != picked.end();
            });
        if (named)
            chosen.emplace_back(rule->name);
    }
    return chosen;
}

RuleExamples examples_of(const RuleInfo& rule) {
    return rules::compiled_examples(rule.name);
}

std::vector<const RuleOption*> all_options() {
    std::vector<const RuleOption*> options;
    for (const RuleInfo* rule : rules::info_table) {
        for (const RuleOption* option : rule->options) {
            if (std::find(options.begin(), options.end(), option) == options.end())
                options.push_back(option);
        }
    }
    std::sort(options.begin(), options.end(),
              [](const RuleOption* a, const RuleOption* b) { return a->name < b->name; });
    return options;
}

const RuleOption* find_option(std::string_view name) {
    for (const RuleInfo* rule : rules::info_table) {
        for (const RuleOption* option : rule->options) {
            if (option->name == name)
                return option;
        }
    }
    return nullptr;
}

std::vector<const RuleInfo*> rules_using(const RuleOption& option) {
    std::vector<const RuleInfo*> out;
    for (const RuleInfo* rule : rules::info_table) {
        if (std::find(rule->options.begin(), rule->options.end(), &option) != rule->options.end())
            out.push_back(rule);
    }
    return out;
}

void OptionValues::set(const RuleOption& option, double value) {
    auto it = std::lower_bound(
        values_.begin(), values_.end(), option.name,
        [](const auto& entry, std::string_view name) { return entry.first < name; });
    if (it != values_.end() && it->first == option.name)
        it->second = value;
    else
        values_.emplace(it, option.name, value);
}

std::optional<double> OptionValues::given(std::string_view name) const {
    auto it =
        std::lower_bound(values_.begin(), values_.end(), name,
                         [](const auto& entry, std::string_view key) { return entry.first < key; });
    if (it != values_.end() && it->first == name)
        return it->second;
    return std::nullopt;
}

double OptionValues::value_of(const RuleOption& option) const {
    return given(option.name).value_or(option.default_value);
}

Finding make_finding(const RuleInfo& rule, std::string file, std::uint32_t line,
                     std::uint32_t column, std::string message, std::string help) {
    Finding finding;
    finding.rule = rule.name;
    finding.severity = rule.severity;
    finding.standard = rule.standard;
    finding.message = std::move(message);
    finding.file = std::move(file);
    finding.line = line;
    finding.column = column;
    finding.help = std::move(help);
    return finding;
}

} // namespace engage
