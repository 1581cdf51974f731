// SPDX-License-Identifier: MIT
// What a rule file includes: how a rule is defined, and what its check sees.
//
// A rule is one file under lib/src/rules/<family>/ that defines one
// `RuleDefinition` (its catalogue entry and its check) and is named once in
// rule_list.inc. Checks never print and never read files; the engine applies
// suppression, selection and severity afterwards. See docs/ARCHITECTURE.md.
#pragma once

#include <engage/assessment.hpp>
#include <engage/graph.hpp>
#include <engage/model.hpp>
#include <engage/rules.hpp>
#include <engage/settings.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engage::detail {
struct Suppression;
}

namespace engage::rules {

class CheckContext;

/// When a check runs. Most read the plan; a few read what the engine made of it.
enum class CheckStage {
    plan,        ///< after loading, with every other plan check
    suppression, ///< after suppression comments were applied (sees which were used)
    assessment,  ///< after the standards assessment (sees it)
    none,        ///< no check: the loader reports the rule while reading
};

struct RuleDefinition {
    RuleInfo info;
    void (*check)(CheckContext&) = nullptr;
    CheckStage stage = CheckStage::plan;

    /// Rules are one object each; identity is the object.
    bool operator==(const RuleDefinition& other) const { return this == &other; }
};

class CheckContext {
public:
    CheckContext(const Plan& checked_plan, const Settings& run_settings, const RuleDefinition& rule,
                 std::vector<Finding>& out, const FlowGraph* shared_graph = nullptr)
        : plan(checked_plan)
        , settings(run_settings)
        , rule_(rule)
        , out_(out)
        , graph_(shared_graph) {}

    const Plan& plan;
    const Settings& settings;

    [[nodiscard]] const std::optional<Date>& as_of() const { return settings.as_of; }

    /// The value of one of this rule's options (its default unless configured).
    [[nodiscard]] double option(const RuleOption& option) const {
        return settings.options.value_of(option);
    }
    /// The same, for an option that only takes whole numbers.
    [[nodiscard]] long whole_option(const RuleOption& option) const {
        return static_cast<long>(settings.options.value_of(option));
    }

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
        out_.push_back(make_finding(rule_.info, plan.file_path(at), at.line, at.column,
                                    std::move(message),
                                    help.empty() ? std::string(rule_.info.help) : std::move(help)));
    }

    /// Records evidence for this rule's indicators: something the plan records at
    /// `at` that shows an indicator in practice. `what` is plain English for a
    /// board member: names, not ids; no YAML keys.
    void evidence(const SourceLoc& at, std::string what) {
        ++evidence_total_;
        if (evidence_listed_ < Assessment::evidence_listed) {
            ++evidence_listed_;
            evidence_out_->push_back(
                {rule_.info.name, std::move(what), plan.file_path(at), at.line, at.column});
        }
    }
    /// The same, with the words made only when they will be listed: a plan can
    /// hold 100,000 items of evidence for one rule, and only the first few are shown.
    template <class MakeWords> void evidence_by(const SourceLoc& at, MakeWords&& make_words) {
        if (evidence_listed_ < Assessment::evidence_listed)
            evidence(at, make_words());
        else
            ++evidence_total_;
    }
    /// How much evidence this check recorded, listed or not.
    [[nodiscard]] std::size_t evidence_total() const { return evidence_total_; }

    /// Where evidence goes (the engine's list for the plan).
    void record_evidence_in(std::vector<Evidence>& out) { evidence_out_ = &out; }

    /// Where plan-level findings point: the plan section.
    [[nodiscard]] const SourceLoc& plan_loc() const { return plan.info.loc; }

    /// CheckStage::suppression: every suppression the plan's comments make.
    [[nodiscard]] const std::vector<detail::Suppression>& suppressions() const {
        return *suppressions_;
    }
    /// CheckStage::assessment: the plan's standards assessment.
    [[nodiscard]] const Assessment& assessment() const { return *assessment_; }

    /// The engine hands over what later stages see.
    void see_suppressions(const std::vector<detail::Suppression>& all) { suppressions_ = &all; }
    void see_assessment(const Assessment& assessment) { assessment_ = &assessment; }

private:
    const RuleDefinition& rule_;
    std::vector<Finding>& out_;
    const FlowGraph* graph_;
    std::optional<FlowGraph> own_graph_;
    std::vector<Evidence>* evidence_out_ = &discarded_;
    std::vector<Evidence> discarded_; ///< evidence of a check run on its own (run_rule)
    std::size_t evidence_listed_ = 0;
    std::size_t evidence_total_ = 0;
    const std::vector<detail::Suppression>* suppressions_ = nullptr;
    const Assessment* assessment_ = nullptr;
};

/// True when `text` holds nothing but white space: written, but saying nothing.
[[nodiscard]] inline bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

/// Lower-cases ASCII letters.
[[nodiscard]] std::string lowercase(std::string_view text);

} // namespace engage::rules
