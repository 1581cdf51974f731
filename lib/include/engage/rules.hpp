// SPDX-License-Identifier: MIT
// The rule catalogue: what every rule is, for people and for programs.
// (The checks themselves are private to the library; engage::check runs them.)
#pragma once

#include <engage/diagnostic.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace engage {

/// structure: the loader's findings; flow: forums and boards; evidence: the
/// standards' indicators; meta: findings about engage's own controls.
enum class RuleFamily { structure, flow, evidence, meta, privacy };

/// A limit a rule can be given in the `[thresholds]` table of `.engage.toml`.
struct RuleOption {
    std::string_view name;    ///< kebab-case key, e.g. "feedback-days"
    bool whole_number = true; ///< only whole numbers; otherwise any finite number
    double default_value = 0; ///< used when the configuration does not set it
    double min = 0;           ///< smallest value allowed
    double max = 0;           ///< largest value allowed
    std::string_view summary; ///< one line: what it sets
};

struct RuleInfo {
    std::string_view code; ///< stable, e.g. "S103"
    std::string_view name; ///< kebab-case, e.g. "missing-key"
    RuleFamily family = RuleFamily::evidence;
    Severity severity = Severity::warning; ///< default severity
    std::string_view standard;             ///< standard key it evidences, "" for none
    /// The National Standards indicators it bears on ("INC-2", ...). The National
    /// Standards framework takes each indicator's rules from these declarations.
    std::span<const std::string_view> indicators;
    std::span<const RuleOption* const> options; ///< the limits it can be given
    std::string_view summary;                   ///< one line: what it finds
    std::string_view rationale;                 ///< why it matters for children's voices
    std::string_view help;                      ///< what to do
    /// How people are told of many findings of this rule in one plan, when it
    /// fires on items one by one (text output and reports summarise them; machine
    /// formats keep one finding each): an fmt pattern with `{count}` and, when the
    /// rule records evidence for each item it finds no problem with, `{total}`,
    /// e.g. "{count} of {total} actions have no date they are due by". Empty: never
    /// summarised.
    std::string_view many;
    /// Never disabled, suppressed or lowered: a file that cannot be read is never waved through.
    bool always_on = false;
    /// A file with this finding is not read further, so it hides every other finding in it.
    bool blocks_file = false;
    /// Its findings quote data that must not be printed: renderers do not show the source line.
    bool private_source = false;
};

/// Is `rule` one of those `engage audit` runs (structure, flow, and unused suppressions)?
[[nodiscard]] bool in_flow_audit(const RuleInfo& rule);

/// The names of the rules `engage audit` runs: every rule in_flow_audit(), or,
/// when `select` is not empty, those of them it names (by name, code or code
/// prefix, as find_rules() takes them). Empty when `select` names none of them, which a
/// caller must not pass on as a selection (an empty one means every rule).
[[nodiscard]] std::vector<std::string> flow_audit_selection(std::span<const std::string> select);

/// A rule's documented examples: a plan (or, for structure and meta rules, a
/// snippet) that breaks it, and the same put right. They are the files
/// `tests/fixtures/rules/<name>/example-{bad,good}.yaml`, compiled in.
struct RuleExamples {
    std::string_view bad;
    std::string_view good;
};

/// Every rule, in catalogue order: structure, flow, evidence (by standard),
/// meta, privacy; codes ascending within each family.
class RuleList {
public:
    class iterator {
    public:
        using value_type = RuleInfo;
        using difference_type = std::ptrdiff_t;
        iterator() = default;
        explicit iterator(const RuleInfo* const* at)
            : at_(at) {}
        const RuleInfo& operator*() const { return **at_; }
        const RuleInfo* operator->() const { return *at_; }
        iterator& operator++() {
            ++at_;
            return *this;
        }
        iterator operator++(int) {
            iterator before = *this;
            ++at_;
            return before;
        }
        bool operator==(const iterator&) const = default;

    private:
        const RuleInfo* const* at_ = nullptr;
    };

    explicit RuleList(std::span<const RuleInfo* const> rules)
        : rules_(rules) {}
    [[nodiscard]] iterator begin() const { return iterator(rules_.data()); }
    [[nodiscard]] iterator end() const { return iterator(rules_.data() + rules_.size()); }
    [[nodiscard]] std::size_t size() const { return rules_.size(); }
    [[nodiscard]] const RuleInfo& operator[](std::size_t i) const { return *rules_[i]; }
    /// Where `rule` stands in the list (the catalogue's own entries only).
    [[nodiscard]] std::size_t index_of(const RuleInfo& rule) const {
        std::size_t i = 0;
        while (i < rules_.size() && rules_[i] != &rule)
            ++i;
        return i;
    }

private:
    std::span<const RuleInfo* const> rules_;
};

[[nodiscard]] RuleList all_rules();

/// Looks a rule up by code ("S103") or name ("missing-key"); nullptr if none.
[[nodiscard]] const RuleInfo* find_rule(std::string_view code_or_name);

/// The rules `selector` names: the one rule with that code or name, or every
/// rule whose code starts with it ("E3": E301, E302...; upper or lower case),
/// in catalogue order. Empty when it names none.
[[nodiscard]] std::vector<const RuleInfo*> find_rules(std::string_view selector);

/// The rule name closest to a misspelt `name`, when it is close enough to be
/// a likely typo ("Did you mean ...?").
[[nodiscard]] std::optional<std::string> closest_rule_name(std::string_view name);

/// The rule's documented examples (empty when it has none).
[[nodiscard]] RuleExamples examples_of(const RuleInfo& rule);

/// Every option any rule takes, once each, sorted by name.
[[nodiscard]] std::vector<const RuleOption*> all_options();

/// Looks an option up by its `[thresholds]` key; nullptr if none.
[[nodiscard]] const RuleOption* find_option(std::string_view name);

/// The rules that take `option`, in catalogue order.
[[nodiscard]] std::vector<const RuleInfo*> rules_using(const RuleOption& option);

/// Values given to rule options (the `[thresholds]` of `.engage.toml`); an
/// option given no value keeps its default.
class OptionValues {
public:
    /// Sets `option` (replacing an earlier value).
    void set(const RuleOption& option, double value);
    /// The value set for `option`, or its default.
    [[nodiscard]] double value_of(const RuleOption& option) const;
    /// The value set for the option called `name`, if one was set.
    [[nodiscard]] std::optional<double> given(std::string_view name) const;

private:
    std::vector<std::pair<std::string_view, double>> values_; ///< by option name, sorted
};

/// Builds a finding of `rule` at its default severity.
[[nodiscard]] Finding make_finding(const RuleInfo& rule, std::string file, std::uint32_t line,
                                   std::uint32_t column, std::string message,
                                   std::string help = {});

} // namespace engage
