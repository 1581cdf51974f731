// The rule registry: one table describing every rule engage can report.
#pragma once

#include <engage/diagnostic.hpp>

#include <span>
#include <string_view>

namespace engage {

namespace detail {
class CheckContext;
}

/// structure: the loader's findings; flow: forums and boards; evidence: the
/// standards' indicators; meta: findings about engage's own controls.
enum class RuleFamily { structure, flow, evidence, meta, privacy };

/// A rule's check: reads the plan, reports through the context.
using CheckFunction = void (*)(detail::CheckContext&);

struct RuleInfo {
    std::string_view code; ///< stable, e.g. "S103"
    std::string_view name; ///< kebab-case, e.g. "missing-key"
    RuleFamily family;
    Severity severity;             ///< default severity
    std::string_view standard;     ///< standard key it evidences, "" for none
    std::string_view summary;      ///< one line: what it finds
    std::string_view rationale;    ///< why it matters for children's voices
    std::string_view bad_example;  ///< evidence rules: a whole plan on which the rule fires
    std::string_view good_example; ///< evidence rules: the same plan put right
    std::string_view help;         ///< what to do
    CheckFunction check;           ///< nullptr for rules the loader or the engine report
};

/// Every rule: structure, flow, evidence (by standard), meta; codes ascending within each.
[[nodiscard]] std::span<const RuleInfo> all_rules();

/// Looks a rule up by code ("S103") or name ("missing-key"); nullptr if none.
[[nodiscard]] const RuleInfo* find_rule(std::string_view code_or_name);

/// Builds a finding of a registered rule at its default severity.
/// Unknown rule names are a programming error and abort in debug builds.
[[nodiscard]] Finding make_finding(std::string_view rule, std::string file, std::uint32_t line,
                                   std::uint32_t column, std::string message,
                                   std::string help = {});
/// The same, for a rule already at hand (no look-up by name).
[[nodiscard]] Finding make_finding(const RuleInfo& rule, std::string file, std::uint32_t line,
                                   std::uint32_t column, std::string message,
                                   std::string help = {});

} // namespace engage
