// Renderers: one finished result, several formats. Renderers never read files.
#pragma once

#include <engage/diagnostic.hpp>
#include <engage/engine.hpp>
#include <engage/load.hpp>

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

/// A one-line finding, as used by the concise form and by tests.
[[nodiscard]] std::string format_finding_line(const Finding& finding);

} // namespace engage
