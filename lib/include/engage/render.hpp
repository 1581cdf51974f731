// Renderers: one finished result, several formats. Renderers never read files.
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/engine.hpp>
#include <engage/framework.hpp>
#include <engage/load.hpp>
#include <engage/rules.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace engage {

/// Looks up the text of files by path, so renderers can quote source lines.
class SourceIndex {
public:
    void add(const SourceFile& file);
    void add_all(const std::vector<PlanResult>& plans);
    [[nodiscard]] const SourceFile* find(std::string_view path) const;

private:
    std::unordered_map<std::string_view, const SourceFile*> files_;
};

struct TextStyle {
    bool color = false;
    bool show_source = true; ///< false: one line per finding ("concise")
};

/// `file:line:col: severity[rule]: message`, plus the source line, a caret and
/// help when `style.show_source`; then a one-line summary.
void render_text(std::ostream& out, const ValidateResult& result, const TextStyle& style);

/// One JSON object: `findings`, `plans`, `errors`, `summary` (see engage(1)).
void render_json(std::ostream& out, const ValidateResult& result);

/// The compact standards table that follows findings in text output.
void render_standards_table(std::ostream& out, const PlanResult& plan, bool color);

/// `engage rules`: every rule, one line each (code, name, severity, standard, summary).
void render_rule_list(std::ostream& out);
void render_rule_list_json(std::ostream& out);

/// `engage explain RULE`: a rule's documentation in full.
void render_rule_doc(std::ostream& out, const RuleInfo& rule);

/// `engage standards`: a framework's standards, indicators and the rules behind them.
void render_framework(std::ostream& out, const Framework& framework);
void render_framework_json(std::ostream& out, const Framework& framework);

/// A one-line finding, as used by the concise form and by tests.
[[nodiscard]] std::string format_finding_line(const Finding& finding);

} // namespace engage
