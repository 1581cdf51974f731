// What a rule's check sees: the plan, the settings, and a way to report.
// Checks never print and never read files; the engine applies suppression,
// selection and severity afterwards.
#pragma once

#include <engage/graph.hpp>
#include <engage/model.hpp>
#include <engage/rules.hpp>
#include <engage/settings.hpp>

#include <optional>
#include <string>
#include <vector>

namespace engage::detail {

class CheckContext {
public:
    CheckContext(const Plan& checked_plan, const Settings& run_settings, const RuleInfo& rule,
                 std::vector<Finding>& out, const FlowGraph* shared_graph = nullptr)
        : plan(checked_plan)
        , settings(run_settings)
        , rule_(rule)
        , out_(out)
        , graph_(shared_graph) {}

    const Plan& plan;
    const Settings& settings;

    [[nodiscard]] const std::optional<Date>& as_of() const { return settings.as_of; }

    /// The plan's flow graph, shared by all rules of a run (built here if none was given).
    [[nodiscard]] const FlowGraph& graph() {
        if (graph_ == nullptr) {
            own_graph_.emplace(plan);
            graph_ = &*own_graph_;
        }
        return *graph_;
    }

    /// Reports a finding of this rule at `at`. An empty `help` means the rule's own help.
    void report(const SourceLoc& at, std::string message, std::string help = {}) {
        // From the rule at hand, not by name: a plan can raise 100,000 findings of one rule.
        out_.push_back(make_finding(rule_, plan.file_path(at), at.line, at.column,
                                    std::move(message),
                                    help.empty() ? std::string(rule_.help) : std::move(help)));
    }

    /// Says the plan holds nothing this rule applies to (no boards for a board
    /// rule, say). The assessment then gives no credit for the rule passing.
    void nothing_to_check() { applicable_ = false; }

    /// Marks the rule as having nothing to check unless `has_subject`; returns it.
    /// Usage: `if (!ctx.applies_when(!ctx.plan.actions.empty())) return;`
    bool applies_when(bool has_subject) {
        if (!has_subject)
            applicable_ = false;
        return has_subject;
    }
    [[nodiscard]] bool applicable() const { return applicable_; }

    /// Where plan-level findings point: the plan section.
    [[nodiscard]] const SourceLoc& plan_loc() const { return plan.info.loc; }

private:
    const RuleInfo& rule_;
    std::vector<Finding>& out_;
    const FlowGraph* graph_;
    std::optional<FlowGraph> own_graph_;
    bool applicable_ = true;
};

/// Case-insensitive: does any item of `lists` contain one of `needles`?
[[nodiscard]] bool mentions_any(const std::vector<const TextList*>& lists,
                                const std::vector<std::string_view>& needles);

/// True when `text` holds nothing but white space: written, but saying nothing.
[[nodiscard]] inline bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

/// Lower-cases ASCII letters.
[[nodiscard]] std::string lowercase(std::string_view text);

} // namespace engage::detail
